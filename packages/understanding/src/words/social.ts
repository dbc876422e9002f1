// Small talk: the words that make a message a greeting, a thank-you or a
// farewell, and the words that may ride along without making it a question.

function set(block: string): ReadonlySet<string> {
  return new Set(block.split(/\s+/).filter((w) => w.length > 0));
}

export const GREETING_WORDS = set(`
hi hii hello helo hallo hellow hey heey heyy hiya howdy yo greetings morning afternoon evening
habari habri habar mambo sasa niaje niaj vipi hujambo hamjambo jambo salaam salam salamu salaams
shikamoo aje wasup wassup sup hola asubuhi mchana jioni aleikum alaikum assalamu asalaam
`);

export const THANKS_WORDS = set(`
thanks thank thankyou thanx thnx thx tnx ty tanks appreciated appreciate grateful
asante ahsante asanti asande shukran shukrani shukurani
`);

export const GOODBYE_WORDS = set(`
bye byee byeee goodbye kwaheri heri baadaye tutaonana later cya ciao goodnight night care
`);

// Words that keep a message small talk: vocatives ("hello team"), pleasantries
// ("how are you", "asante sana"), acknowledgements ("ok thanks").
export const SMALL_TALK_FILLERS = set(`
there team all everyone guys admin ecitizen sir madam maam boss bro buda msee friend friends bot dear
you u yako yenu zenu za ya gani wewe nyinyi mkuu ndugu rafiki how are r doing is it going well hope
good great na i am fine poa salama nzuri ok okay oh please pls so much very sana a lot again tena kwa
mimi and nice day have kind regards mzima uko mko iko fiti safi njema siku the your that this alright
cool noted sawa got understood nimeelewa nimeskia nimesikia sawasawa then once more lots big up tuko
pamoja baraka mungu akubariki god bless blessings wote nyote take now today leo mwema usiku
see soon tomorrow kesho my
`);

// Allowed only next to a thank-you: "thanks for the help" is thanks, "hi help" is a request.
export const THANKS_FILLERS = set(`
for help helping assistance support information info response reply answer msaada usaidizi
kunisaidia kutusaidia everything
`);

// Pleasantries that are greetings only as a phrase ("how are you", "uko poa").
export const GREETING_PHRASES: readonly RegExp[] = [
  /\bhow (?:are|r) (?:you|u)\b/,
  /\bhow is it going\b/,
  /\b(?:uko|mko) (?:aje|poa|fiti|sawa|salama)\b/,
  /\b(?:umeamkaje|mmeamkaje|umeshindaje|mmeshindaje)\b/,
];

// Questions about the assistant itself: it says who it is and what it does.
// "are you a real person" is about the bot; "I want a real person" is a request.
export const ABOUT_ASSISTANT_PHRASES: readonly RegExp[] = [
  /\bwhat(?:s| is) (?:your|ur) name\b/,
  /\bwho (?:are|r) (?:you|u)\b/,
  /\bwho (?:made|built|created|programmed) (?:you|u|this bot)\b/,
  /\bare (?:you|u) (?:a |an )?(?:real |live )?(?:person|human|robot|bot|machine|computer|ai|chatbot)\b/,
  /\bjina lako (?:ni )?(?:nani|gani)\b/,
  /\bwewe ni (?:nani|mtu|binadamu|robot|roboti|bot|computer|kompyuta|mashine)\b/,
  /\b(?:uko|ni|kuna) (?:mtu|binadamu) (?:ama|au|or) (?:ni )?(?:robot|roboti|bot|computer|kompyuta|mashine)\b/,
];

// Insults, profanity and exasperation, English and Swahili/Sheng. Words that
// also have an innocent everyday sense ("bure" = free, "mwizi" = a thief who
// stole my ID) are left out or kept only as phrases.

function set(block: string): ReadonlySet<string> {
  return new Set(block.split(/\s+/).filter((w) => w.length > 0));
}

export const INSULT_WORDS = set(`
useless usless uselss stupid stupit stupidity idiot idiots idiotic idot dumb moron morons imbecile
nonsense nonsence rubbish rubish trash garbage crap bullshit bs wtf wth stfu ffs damn dammit
bloody pathetic ridiculous incompetent clowns clown fools fool foolish lazy hopeless worst
disgusting shameful sucks suck
wajinga mjinga ujinga upuuzi mpuuzi wapuuzi mpumbavu wapumbavu pumbavu upumbavu fala mafala
mafalas falla ufala shenzi washenzi mshenzi kumbafu kumbavu takataka mavi msenge wasenge
kumamako nyoko nyokondo uzembe wazembe mzembe mbovu mnaboa mnaniboa mnakera mnanikera
mmetuchosha mnatuchosha mnatuzungusha mnanizungusha nkt nkts
`);

/** Profanity is spelt every which way; these prefixes catch the family. */
export const PROFANE_PREFIXES: readonly string[] = ['fuck', 'fuk', 'fck', 'shit', 'sh1t', 'bastard', 'asshole'];

/** Exasperation that needs more than one word to be unambiguous. */
export const ANGRY_PHRASES: readonly RegExp[] = [
  /\bfed up\b/,
  /\bsick and tired\b/,
  /\bwhat the (?:hell|heck|f)\b/,
  /\bshame on (?:you|u)\b/,
  /\bwaste of (?:my |our )?time\b/,
  /\b(?:mko|nyinyi ni|ni) bure kabisa\b/,
  /\bmko bure\b/,
  /\bhuduma (?:mbaya|mbovu)\b/,
  /\bterrible service\b/,
  /\bthis is a joke\b/,
  /\btumechoka na (?:nyinyi|ninyi|nyinyi)\b/,
  /\bnimechoka na (?:nyinyi|ninyi|huduma)\b/,
];

/** Words that make "!!!" joyful rather than furious. */
export const POSITIVE_WORDS = set(`
thanks thank thx asante ahsante shukran great awesome amazing wonderful excellent good nice love
happy glad welcome congratulations congrats hongera poa safi fiti yay wow perfect
`);

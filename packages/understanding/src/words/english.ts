// English vocabulary for language detection: the function words every
// sentence needs plus the words citizens use about government services.
// Inflected forms are found by the suffix stripping in language.ts, so base
// forms are enough here.

const FUNCTION_WORDS = `
i me my mine myself you your yours yourself he him his she her hers it its we us our
they them their this that these those there here who whom whose which what when
where why how whether if then than so because but and or nor not no yes yeah yep
the a an of to in on at by for from with without about into onto over under
after before since until till during through between again once also too very
just only even still already yet ever never always sometimes often soon now
today tomorrow yesterday tonight please pls plz kindly thanks thank thx thanx
is am are was were be been being do does did done doing have has had having
can could will would shall should may might must need ought let
some any every each all both either neither many much more most few less least
other another such own same else enough something anything nothing everything
someone anyone somebody anybody everyone everybody one two three four five six
seven eight nine ten first second last next previous new old same different
hello hi hey bye goodbye morning afternoon evening night sure sorry welcome
u ur r n wat wht hw abt bcoz coz cuz becoz wen whr thru tho gonna wanna
`;

const EVERYDAY = `
want get got give take make go come see look know think say tell ask help try use
find keep put show send receive pay paid buy sell call contact reach talk speak
write read fill submit upload download print check wait work start stop change
update reset forget forgot remember lose lost apply renew replace register login
log sign open close cancel delete remove add book collect pick return transfer
follow track understand explain mean happen happened happens allow accept reject
approve deny charge refund confirm verify enter choose select click access
long short late early fast slow quick right wrong good bad better best great fine
able unable possible impossible available required free expensive cheap correct
incorrect invalid valid expired pending successful failed error problem issue
way time day days week weeks month months year years hour hours minute minutes
people person thing things place home office online website site page link app
account email phone number code message text name address date status process
money amount fee fees cost price charges balance receipt payment payments
card bank method option options details information info question answer reply
help support service services requirement requirements document documents
form forms copy copies photo picture application applications request
certificate licence license permit passport visa registration renewal
driving driver vehicle car logbook log book smart conduct birth death marriage
business company name land title tax return returns search record records
police clearance good identity identification national citizen citizenship
student school university loan child children parent parents mother father
wife husband family office county government ministry department
appointment booking interview biometrics fingerprints collection delivery
approved rejected submitted processing printed ready received sent issued
still already yet again twice once never since ago weekend weekends
work job employer employee agent human real someone why waiting
block lock weak strong forgotten same working hacked wrongly pin pins
`;

function list(...blocks: string[]): string[] {
  return blocks.join(' ').split(/\s+/).filter((w) => w.length > 0);
}

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(list(FUNCTION_WORDS, EVERYDAY));

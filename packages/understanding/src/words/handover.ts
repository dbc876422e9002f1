// Asking for a person: who citizens ask for, and how they ask, in English,
// Swahili and Sheng.

function set(block: string): ReadonlySet<string> {
  return new Set(block.split(/\s+/).filter((w) => w.length > 0));
}

/** Whoever a citizen may ask to be put through to. */
export const PEOPLE = set(`
person human humans someone somebody agent agents representative rep officer operator staff attendant
people individual mhudumu wahudumu binadamu afisa wakala mwakilishi mfanyakazi mfanyikazi
`);

/** Swahili verbs of speaking; "kuongea", "niongee", "tuzungumze" all contain one. */
export const SWAHILI_TALK_ROOTS: readonly string[] = ['ongea', 'ongee', 'ongel', 'ongey', 'zungumz', 'unganish', 'ongeles'];

/** Swahili requests that take a person as object: "nipe mhudumu", "naomba binadamu". */
export const SWAHILI_ASKING = set(`
nipe tupe naomba tunaomba nataka tunataka nahitaji tunahitaji niletee nitafutie niunganishe
tuunganishe niwekee nipatie
`);

/** Words that may surround a bare request ("agent please", "HUMAN!!"). */
export const BARE_REQUEST_FILLERS = set(`
please pls plz kindly i want need give me now an a the asap sir madam real live human talk speak to
tafadhali nataka naomba nipe sasa hivi haraka customer care service support with na
`);

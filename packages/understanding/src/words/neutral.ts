// Words that say nothing about the language of a message: Kenyans use the
// same brand names, acronyms, places and loanwords in English and in Swahili
// ("passport" alone could open either), so they must not tip the balance.
// These win over both vocabularies.

const NEUTRAL = `
passport passports pasport visa visas id ids dl kra ntsa nhif sha shif nssf
helb kcse kcpe knec kuccps tsc mpesa paybill till ksh kes kshs sh shs bob
ecitizen ecitzen otp sms pdf ok okay safaricom airtel telkom kcb equity
nairobi kenya kenyan mombasa kisumu nakuru eldoret thika machakos nyeri
dci iebc kplc kenha gok nemis brs ardhisasa immigration nyayo
haha hahaha lol hmm hmmm mm eh ah oh ooh aah
`;

export const NEUTRAL_WORDS: ReadonlySet<string> = new Set(NEUTRAL.split(/\s+/).filter((w) => w.length > 0));

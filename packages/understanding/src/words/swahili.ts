// Swahili (and Sheng) vocabulary for language detection. Kept to words that
// are not also English words, so that one list can be trusted on its own.

// Function words, question words, pronouns and everyday adverbs: present in
// almost every Swahili sentence whatever the topic.
const FUNCTION_WORDS = `
na ya wa za la cha vya kwa katika kwenye ndani nje juu chini kati karibu mbali
kutoka hadi mpaka tangu baada kabla bila pamoja kuhusu kuhusiana dhidi mbele nyuma
ni si ndio ndiyo ndiye ndicho hapana sio siyo lakini ila ingawa au ama wala kama
kwamba kuwa ili sababu kwasababu kwani basi halafu kisha tena pia tu sana kabisa
bado tayari sasa hivi hivyo hata nini gani vipi lini wapi nani ngapi mbona je
kiasi kweli labda pengine tafadhali asante ahsante samahani pole sawa
mimi wewe yeye sisi ninyi nyinyi wao mi nyi
hii hiki hivi hili haya hizi huu hawa huyu hapa huku humu
hiyo hicho hivyo hilo hayo hizo huo hao huyo hapo huko humo
ile kile vile lile yale zile ule wale yule pale kule mle
ambaye ambao ambacho ambavyo ambalo ambayo ambazo ambapo ambako
kila wote yote zote vyote chote lote kote pote
wengi mingi nyingi vingi mengi
mwingine mingine wengine kingine vingine lingine jingine nyingine
mmoja moja mbili tatu nne tano sita saba nane tisa kumi mia elfu
leo jana kesho juzi keshokutwa asubuhi mchana jioni usiku saa dakika
mara haraka polepole vizuri vibaya vyema nzuri mbaya
ndiposa yaani aisee ati ama ju juu venye vile
`;

// Common forms of "be", "have", "want", "know", "can" that are too short or
// irregular for the verb analyser in language.ts.
const VERB_FORMS = `
kuna hakuna iko yuko uko niko tuko mko wako ziko kiko liko haiko hayuko siko
nina una ana tuna mna wana ina sina huna hana hatuna hamna hawana haina
nataka unataka anataka tunataka wanataka sitaki hataki hawataki
najua unajua anajua sijui hujui hajui kujua nijue ujue
naona sioni kuona nimeona sijaona nione
nimekuja nije kuja njoo
kutoa nitoe ametoa imetoka toa
ngoja subiri saidia nisaidie tusaidie nisaidieni
nipe tupe mpe kupa nipatie nipee
sema niambie tuambie
ilikuwa itakuwa imekuwa kuwa nilikuwa alikuwa
inabidi lazima yafaa inafaa
`;

// eCitizen's domain in Swahili: documents, offices, payments, and the words
// people use around them.
const NOUNS = `
kitambulisho vitambulisho kitambulicho kitambuliso kitamburisho
leseni leseni udereva dereva gari magari pikipiki
kibali vibali kazi huduma malipo pesa hela ombi maombi
cheti vyeti kuzaliwa kifo ndoa talaka biashara kampuni ardhi hati shamba
ushuru kodi risiti nambari namba simu barua pepe akaunti nenosiri siri msimbo
tarehe siku wiki mwezi miezi mwaka miaka ofisi afisi serikali raia uraia
mtoto watoto mzazi wazazi mama baba jina majina picha alama vidole
usajili uthibitisho ujumbe tatizo matatizo shida msaada usaidizi mfumo tovuti
ukurasa fomu pasipoti pasipoti pasporti mtu watu binadamu mhudumu wahudumu
mteja wateja mgeni wageni kituo vituo polisi hospitali shule chuo elimu
kadi benki deni faini adhabu muda mda kesi mahakama nyumba mali
afisa maafisa wakala mwakilishi mfanyakazi wafanyakazi mfanyikazi
jibu majibu swali maswali habari taarifa maelezo maelekezo maagizo sheria kanuni
mtandao mtandaoni intaneti simu rununu nambari ujumbe
kiasi bei gharama salio ada ada
nchi kaunti mji jiji kijiji mtaa eneo
kosa makosa hitilafu sahihi
mwenyewe wenyewe yangu
`;

// Greetings, thanks, farewells and Sheng that carry the language of a message
// on their own ("Habari", "Sasa", "Asante sana").
const SOCIAL = `
habari habri hujambo hamjambo sijambo jambo mambo niaje niaj vipi poa fiti safi
shwari salama salaam salamu shikamoo marahaba asante ahsante asanti shukran
shukrani shukurani kwaheri kwa heri baadaye tutaonana usiku mwema njema
karibu karibuni buda msee wasee manze maze bana mkuu ndugu rafiki
sawasawa sawa haina noma doh mbesha ganji gava
`;

// Fragments that appear when a Swahili verb prefix is hyphenated onto an
// English verb ("nime-apply", "ku-renew", "ime-reject").
const PREFIX_FRAGMENTS = `
ku kuni nime nili nita nina ime ita ina tume tuli tuta tuna wame wali wata wana
ame ali ata ume uli uta sija haija haiku hatuja hawaja haku
`;

function list(...blocks: string[]): string[] {
  return blocks.join(' ').split(/\s+/).filter((w) => w.length > 0);
}

// Noun-class agreement: possessives (-angu, -ako, ...) and the associative
// "-a" come in one form per class, so generate them rather than type them.
const CLASS_PREFIXES = ['w', 'y', 'ch', 'vy', 'l', 'z', 'k', 'p', 'mw'];
const POSSESSIVE_STEMS = ['angu', 'ako', 'ake', 'etu', 'enu', 'ao'];
const agreementForms = CLASS_PREFIXES.flatMap((c) => POSSESSIVE_STEMS.map((s) => c + s));

export const SWAHILI_WORDS: ReadonlySet<string> = new Set([
  ...list(FUNCTION_WORDS, VERB_FORMS, NOUNS, SOCIAL, PREFIX_FRAGMENTS),
  ...agreementForms,
]);

/**
 * Verb stems (without the final vowel) that the verb analyser accepts after a
 * subject/tense/object prefix: "nimepoteza" = ni-me-potez-a, "kulipia" =
 * ku-lip-i-a, "ninawezaje" = ni-na-wez-a-je. Limited to three letters or more
 * so that English words do not parse as Swahili by accident.
 */
export const SWAHILI_VERB_STEMS: readonly string[] = list(`
pat lip potez pote wez tak hitaj hitaji omb jaz tum saidi onge ongele zungumz ambi
sem fany end endesh rud rudi rudish badilish badil poke pokel sajil ingi ingiz
tafut angali elew subir ngoj fut andik fungu pig jib jibu onyesh kos shindw shind
jarib anz maliz kamilish chelew chuku chukul wek ondo sahau kumbuk thibitish
hakikish ruhus kubal kubali kata kwam fik nunu ongez pungu zui fungi pitish
lalamik uliz let pelek fahamu fikiri dhani pasw takiw bidi hifadhi paku paki
tok baki shughulik tengenez rekebish sahihish funz sasish idhinish kagu chapish
pokelew unganish ongelesh tafsiri fungul zim wash iba tumi tuma
chek tegemez omb ombe lind jisajili jisajil hamish hami ondol
patik patikan kosekan tambu tambulish shtak
`);

// Words that carry no information about which service someone needs. They are
// dropped from messages and titles, except inside a synonym phrase ("sign up",
// "kitambulisho cha taifa"), where the phrase decides.

export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or but nor of in on at to for from by with without about into onto over under as than then so if
   is are was were be been being am do does did doing done have has had having
   i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs
   this that these those there here
   can could will would shall should may might must cannot cant dont doesnt didnt wont isnt
   need needs needed want wants wanted wish like would use uses used using
   know tell find show let see give make go goes going come take takes took
   please kindly help hello hi hey dear thanks thank sir madam ok okay yes no not
   also just only any some all other another more most very too much many
   after before while during since until up down out off through again
   one im ive ill got gotten really actually already still even
   today tonight tomorrow yesterday
   theyre youre weve theyve youve wasnt werent arent havent hasnt hadnt couldnt shouldnt wouldnt`.split(/\s+/).filter(Boolean),
);

export const SWAHILI_STOPWORDS: ReadonlySet<string> = new Set(
  `ya wa cha la na kwa za vya pa mwa katika kwenye kutoka kuhusu juu hadi mpaka
   changu yangu wangu langu zangu vyangu yako chako wako lako zako vyako yake chake wake lake zake vyake
   yetu chetu wetu letu zetu yenu chenu wenu yao chao wao lao zao
   mimi wewe yeye sisi nyinyi ninyi je ni si nini hii hiyo huu huo hizi hizo hiki hicho hili hilo huyu huyo hawa hao
   kuna iko ipo yupo niko tuko uko
   tafadhali nataka ninataka tunataka nahitaji ninahitaji nisaidie msaada habari jambo hujambo sasa pia au lakini ila
   kama ili bila tu sana zaidi kupitia baada kabla ndio ndiyo hapana sawa asante hapa huko hapo kule
   ama basi hata bado tena kila yote wote zote vyote moja ku ime nime ame mwenye wenye yenye kitu vitu
   lazima sharti inabidi yaani kweli tayari
   mwaka miaka mwezi miezi wiki siku jana leo kesho juzi sasa hivi karibuni zamani
   ijayo ujao lijalo zijazo ujayo iliyopita uliopita lililopita zilizopita`.split(/\s+/).filter(Boolean),
);

/**
 * Swahili verb roots with no search meaning (want, be able, need, help, do,
 * go, know, tell, use). Matched with their prefixes, like the roots in the synonym
 * table: "nataka", "ninaweza", "nisaidie".
 */
export const SWAHILI_STOP_ROOTS: readonly string[] = ['taka', 'weza', 'hitaji', 'saidia', 'fanya', 'enda', 'jua', 'ambia', 'tumia', 'maliza'];

export function isStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word) || SWAHILI_STOPWORDS.has(word);
}

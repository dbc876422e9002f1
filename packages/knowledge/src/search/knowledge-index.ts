import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import { shortNamesOf } from './acronyms.ts';
import { Analyser, type QueryUnit, type TitleUnit } from './analyser.ts';
import { FIELD_BOOST, FIELDS, fieldText, keyOf } from './index-fields.ts';
import { conceptToken, lexicon } from './lexicon.ts';
import { isFamilyTerm } from './normalise.ts';
import { ACTION_WEIGHT, homeAgencyShare, KIND_FACTOR, NUMBER_WEIGHT, queryCoverage, RANK_WEIGHTS, specificity, titleCoverage } from './ranking.ts';
import { isPopular, POPULAR_BONUS } from './popular.ts';
import { searchResult } from './search-result.ts';
import { translator } from './translator.ts';
import { chooseCandidates, scanDepth } from './candidates.ts';
import { sharedRemitIndex } from './remits/remit-index.ts';
import { sharedNoteIndex, withNotes } from './notes/note-index.ts';
import type { KnowledgeDocument, KnowledgeKind, SearchOptions, SearchResult } from './types.ts';

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 50;
/** BM25 candidates re-ranked per search; enough to rescue a good match BM25 put low. */
const CANDIDATES = 60;


/**
 * Words in more than this share of documents' context (agency descriptions,
 * ministry names: "kenya", "authority", "services") tell documents apart no
 * better than chance but make every search walk thousands of postings.
 */
const COMMON_CONTEXT_SHARE = 0.1;
/** Concepts that say a message is about foreigners or Kenyans abroad, and the title terms that stand for them. */
const FOREIGN_CONCEPTS: ReadonlySet<string> = new Set(['FOREIGNER', 'ABROAD', 'OTHER_COUNTRY']);
const FOREIGN_TERMS: ReadonlySet<string> = new Set([...FOREIGN_CONCEPTS].map(conceptToken));
/** Enough to order a citizens' and a foreigners' variant that otherwise tie; too little to outweigh a better match. */
const FOREIGN_VARIANT_PENALTY = 0.02;
/** A word family in more titles than this ("registr…") says little and costs a long walk through the index. */
const COMMON_FAMILY_TITLES = 200;
/** A query word naming more than this share of documents ("kenya") is ignored when the query says anything else. */
const UBIQUITOUS_SHARE = 0.25;

interface Entry {
  document: KnowledgeDocument;
  /** Index terms of each unit of the title, for title coverage. */
  titleUnits: TitleUnit[];
  /** Distinct terms of the title and agency name, counted in `documentFrequency`. */
  namingTerms: string[];
  /** Concepts the document's agency is the usual provider of. */
  home: readonly string[];
  /** Index terms of the short names its agency goes by ("kra"). */
  shortNames: readonly string[];
  /** One of the services most citizens come for (see popular.ts). */
  popular: boolean;
  /** A variant of a service for foreigners or the diaspora (its title says so). */
  forForeigners: boolean;
  /** Its agency, lower-case (an agency's page: itself), where remits and documents meet. */
  agencyKey: string;
}

/**
 * In-memory search over services, FAQs, agencies and operators' articles.
 * BM25 (MiniSearch) over words and synonym concepts finds candidates; they are
 * re-ranked by how much of the query they answer.
 */
export class KnowledgeIndex {
  private readonly entries = new Map<string, Entry>();
  /** Documents whose title or agency name contains each index term, for term specificity. */
  private readonly documentFrequency = new Map<string, number>();
  private readonly vocabulary = new Set<string>();
  /** Documents of each agency (lower-case name): its services and its own page. */
  private readonly documentsByAgency = new Map<string, Set<string>>();
  /** Agencies (lower-case) by the index terms of their short names ("kra", "helb"). */
  private readonly agenciesByShortName = new Map<string, Set<string>>();
  private commonContextTerms: ReadonlySet<string> = new Set();
  /** Specificity per term; depends on document counts, so cleared on every change. */
  private readonly specificityCache = new Map<string, number>();
  private readonly analyser = new Analyser(lexicon, this.vocabulary, translator);
  private readonly remitIndex = sharedRemitIndex();
  private readonly noteIndex = sharedNoteIndex();
  private readonly miniSearch: MiniSearch<KnowledgeDocument>;

  private constructor() {
    this.miniSearch = new MiniSearch<KnowledgeDocument>({
      idField: 'key',
      fields: FIELDS,
      storeFields: [],
      extractField: fieldText,
      tokenize: (text, field) => {
        const terms = this.analyser.indexTerms(text);
        return field === 'context' ? terms.filter((term) => !this.commonContextTerms.has(term)) : terms;
      },
      processTerm: (term) => term,
      autoVacuum: true,
    });
  }

  static build(documents: KnowledgeDocument[]): KnowledgeIndex {
    const index = new KnowledgeIndex();
    // Later duplicates win, as if upserted in order.
    const unique = new Map<string, KnowledgeDocument>();
    for (const document of documents) {
      assertValid(document);
      unique.set(keyOf(document.kind, document.externalId), document);
    }
    for (const document of unique.values()) index.remember(document);
    index.commonContextTerms = index.findCommonContextTerms(unique.values());
    index.miniSearch.addAll([...unique.values()]);
    return index;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces a document (operators edit articles while the bot runs). */
  upsert(document: KnowledgeDocument): void {
    assertValid(document);
    this.remove(document.kind, document.externalId);
    this.remember(document);
    this.miniSearch.add(document);
  }

  remove(kind: KnowledgeKind, externalId: string): void {
    const key = keyOf(kind, externalId);
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.miniSearch.discard(key);
    this.entries.delete(key);
    this.documentsByAgency.get(entry.agencyKey)?.delete(key);
    this.specificityCache.clear();
    for (const term of entry.namingTerms) {
      const count = (this.documentFrequency.get(term) ?? 1) - 1;
      if (count <= 0) this.documentFrequency.delete(term);
      else this.documentFrequency.set(term, count);
    }
  }

  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = clampLimit(options.limit);
    const units = this.withoutUbiquitousUnits(this.analyser.queryUnits(query));
    const termWeights = new Map<string, number>();
    const loose = new Set<string>();
    for (const unit of units) {
      for (const { term, weight } of unit.terms) {
        if (isFamilyTerm(term) && !this.needsFamily(unit, term)) continue;
        termWeights.set(term, Math.max(termWeights.get(term) ?? 0, weight));
      }
      for (const term of unit.looseTerms) loose.add(term);
    }
    if (termWeights.size === 0) return [];

    const kinds = options.kinds !== undefined && options.kinds.length > 0 ? new Set(options.kinds) : null;
    // Of the kinds searched: BM25's results, the notes' and the favoured agencies' documents alike.
    const admitted = (key: string): boolean => {
      const entry = this.entries.get(key);
      return entry !== undefined && (kinds === null || kinds.has(entry.document.kind));
    };
    const bm25 = this.miniSearch.search([...termWeights.keys()].join(' '), {
      boost: FIELD_BOOST,
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boostTerm: (term) => termWeights.get(term) ?? 1,
      fuzzy: (term) => (loose.has(term) && term.length >= 4 ? (term.length >= 8 ? 2 : 1) : false),
      prefix: (term) => loose.has(term) && term.length >= 3 && !this.vocabulary.has(term),
      weights: { fuzzy: 0.4, prefix: 0.5 },
      filter: kinds === null ? undefined : (result) => admitted(result.id as string),
    });
    const count = Math.max(CANDIDATES, limit * 2);
    // The notes' words for what a service is for join its BM25 as a field
    // would; a service only its note matches ("kumiliki bastola") comes in.
    const raw = withNotes(bm25, this.noteIndex.match(termWeights), admitted, scanDepth(count));
    if (raw.length === 0) return [];

    const candidates = chooseCandidates({
      raw,
      count,
      remits: this.remitIndex.match(termWeights),
      named: this.namedAgencies(termWeights),
      agencyOf: (key) => this.entries.get(key)?.agencyKey ?? '',
      documentsOf: (agency) => [...(this.documentsByAgency.get(agency) ?? [])].filter(admitted),
    });
    const topScore = Math.max(...candidates.map((candidate) => candidate.score));
    const unitWeights = units.map((unit) => this.unitWeight(unit));
    const exactTerms = new Set(termWeights.keys());
    const weightOfTitleUnit = (unit: TitleUnit): number => this.weightOfTerms(unit.terms);

    // Most who write are Kenyans at home: a service's foreigners' or diaspora
    // variant ("Teacher Registration:- Non-Citizen") comes after the
    // citizens' one unless the message says otherwise.
    const asksAsForeigner = units.some((unit) => unit.concepts.some((concept) => FOREIGN_CONCEPTS.has(concept)));
    const ranked = candidates.map((candidate) => {
      const entry = this.entries.get(candidate.id as string)!;
      const confidence = queryCoverage(units, unitWeights, candidate, exactTerms, entry.home, entry.shortNames);
      const precision = titleCoverage(entry.titleUnits, weightOfTitleUnit, candidate);
      const home = homeAgencyShare(units, unitWeights, entry.home);
      // A title the query accounts for says little when the title is all the
      // query matched: "Reports" is fully covered by "where do I report the
      // drug reaction", which it does not answer.
      const score =
        (RANK_WEIGHTS.confidence * confidence +
          RANK_WEIGHTS.titleCoverage * precision * Math.sqrt(confidence) +
          RANK_WEIGHTS.bm25 * (candidate.score / topScore) +
          RANK_WEIGHTS.homeAgency * home) *
        (KIND_FACTOR[entry.document.kind] ?? 1) +
        (entry.popular ? POPULAR_BONUS * confidence : 0) -
        (entry.forForeigners && !asksAsForeigner ? FOREIGN_VARIANT_PENALTY : 0);
      return { entry, score, confidence };
    });
    ranked.sort((a, b) => b.score - a.score);

    const total = unitWeights.reduce((sum, weight) => sum + weight, 0);
    const knownTotal = this.knownWeight(units, unitWeights, candidates);
    return ranked.slice(0, limit).map(({ entry, score, confidence }) =>
      searchResult(entry.document, {
        score: round(score),
        confidence: round(confidence),
        knownCoverage: round(knownTotal === 0 ? 0 : Math.min(1, (confidence * total) / knownTotal)),
        evidence: round(confidence * total),
      }),
    );
  }

  /** Agencies the query names by a short name ("HELB", "KRA"). */
  private namedAgencies(termWeights: ReadonlyMap<string, number>): Set<string> {
    const named = new Set<string>();
    for (const term of termWeights.keys()) for (const agency of this.agenciesByShortName.get(term) ?? []) named.add(agency);
    return named;
  }

  /**
   * Weight of the query units the catalogue could meet at all: a concept of
   * the table, a word of some title or agency name, or a misspelling that
   * reached a candidate. The rest of a long message is the citizen's story.
   */
  private knownWeight(units: readonly QueryUnit[], unitWeights: readonly number[], candidates: readonly MiniSearchResult[]): number {
    // Only a misspelt word needs the candidates' matches: gathered at most once, when one comes.
    let reached: Set<string> | undefined;
    const reachedSome = (terms: readonly string[]): boolean => {
      if (terms.length === 0) return false;
      reached ??= new Set(candidates.flatMap((result) => result.queryTerms));
      return terms.some((term) => reached!.has(term));
    };
    let known = 0;
    units.forEach((unit, i) => {
      const named = unit.concepts.length > 0 || unit.keyTerms.some((term) => this.documentFrequency.has(term) || this.remitIndex.vocabulary.has(term) || this.noteIndex.vocabulary.has(term));
      if (named || reachedSome(unit.looseTerms)) known += unitWeights[i] ?? 0;
    });
    return known;
  }

  private findCommonContextTerms(documents: Iterable<KnowledgeDocument>): Set<string> {
    const frequency = new Map<string, number>();
    let count = 0;
    for (const document of documents) {
      count += 1;
      for (const term of new Set(this.analyser.indexTerms(document.context))) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
    const common = new Set<string>();
    for (const [term, documentCount] of frequency) if (documentCount > count * COMMON_CONTEXT_SHARE) common.add(term);
    return common;
  }

  /**
   * A word's family is searched only when the word itself names no title or
   * agency ("recognised" for "Recognition"), and the family is not in
   * hundreds of titles: otherwise it adds cost, not answers.
   */
  private needsFamily(unit: QueryUnit, family: string): boolean {
    return !unit.keyTerms.some((term) => this.documentFrequency.has(term)) && (this.documentFrequency.get(family) ?? 0) <= COMMON_FAMILY_TITLES;
  }

  private withoutUbiquitousUnits(units: QueryUnit[]): QueryUnit[] {
    // Only a large index has words that common; in a small one every word counts.
    const limit = Math.max(this.entries.size * UBIQUITOUS_SHARE, 100);
    const isUbiquitous = (unit: QueryUnit): boolean => unit.keyTerms.every((term) => (this.documentFrequency.get(term) ?? 0) > limit);
    const kept = units.filter((unit) => unit.marker || !isUbiquitous(unit));
    return kept.some((unit) => !unit.marker) ? kept : units;
  }

  private remember(document: KnowledgeDocument): void {
    const titleUnits = this.analyser.titleUnits(fieldText(document, 'title'));
    this.analyser.noteTitle(document.title);
    const namingTerms = [...new Set([...titleUnits.flatMap((unit) => unit.terms), ...this.analyser.indexTerms(fieldText(document, 'agency'))])];
    const home = lexicon.homeConcepts(document.kind === 'agency' ? document.title : document.agency);
    const agencyName = document.kind === 'agency' ? null : document.agency;
    const shortNames = agencyName === null ? [] : shortNamesOf(agencyName).flatMap((name) => this.analyser.indexTerms(name));
    const agencyKey = agencyKeyOf(document);
    if (agencyKey !== '') {
      const keys = this.documentsByAgency.get(agencyKey) ?? new Set<string>();
      keys.add(keyOf(document.kind, document.externalId));
      this.documentsByAgency.set(agencyKey, keys);
      for (const name of shortNames) this.agenciesByShortName.set(name, (this.agenciesByShortName.get(name) ?? new Set<string>()).add(agencyKey));
    }
    this.entries.set(keyOf(document.kind, document.externalId), {
      document,
      titleUnits,
      namingTerms,
      home,
      shortNames,
      popular: document.kind === 'service' && isPopular(document.title, document.agency),
      forForeigners: titleUnits.some((unit) => unit.terms.some((term) => FOREIGN_TERMS.has(term))),
      agencyKey,
    });
    for (const term of namingTerms) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    this.specificityCache.clear();
  }

  private unitWeight(unit: QueryUnit): number {
    if (unit.marker) return 0;
    // A bare number ("2", "20") rarely names a service on its own.
    const numeric = unit.concepts.length === 0 && unit.keyTerms.every((term) => /^\d+$/.test(term));
    return this.weightOfTerms(unit.keyTerms) * (unit.action ? ACTION_WEIGHT : 1) * (numeric ? NUMBER_WEIGHT : 1);
  }

  /** Specificity of the most specific term (a unit is as telling as its rarest way of being said). */
  private weightOfTerms(terms: readonly string[]): number {
    let best = 0;
    for (const term of terms) {
      let value = this.specificityCache.get(term);
      if (value === undefined) {
        value = specificity(this.documentFrequency.get(term) ?? 0, this.entries.size);
        this.specificityCache.set(term, value);
      }
      best = Math.max(best, value);
    }
    return terms.length === 0 ? specificity(0, this.entries.size) : best;
  }
}

/** The agency a document belongs to (an agency's page, to itself), lower-case: how remits and documents meet. */
function agencyKeyOf(document: KnowledgeDocument): string {
  return (document.kind === 'agency' ? document.title : (document.agency ?? '')).toLowerCase();
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function assertValid(document: KnowledgeDocument): void {
  if (document.externalId.trim() === '') throw new Error(`${document.kind} document has an empty externalId`);
  if (document.title.trim() === '') throw new Error(`${document.kind} ${document.externalId} has an empty title`);
}

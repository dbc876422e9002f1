// The notes of services and FAQs, searched on their own (see ../text-index.ts)
// and keyed as the catalogue's index keys its documents ("service:<id>");
// their matches join the catalogue's BM25 results as a field would.
import type { SearchResult as MiniSearchResult } from 'minisearch';
import { Analyser } from '../analyser.ts';
import { keyOf } from '../index-fields.ts';
import { lexicon } from '../lexicon.ts';
import { TextIndex, type TextMatch } from '../text-index.ts';
import type { KnowledgeKind } from '../types.ts';
import { faqNotes, serviceNotes, type Notes } from './notes.ts';

/** A note adds to its service's BM25 as a field of this boost would (the title's is 3, the agency name's 1). */
const NOTE_BOOST = 1;

/** Notes of the entries of each kind, by their documents' keys. */
export class NoteIndex extends TextIndex {
  constructor(notes: ReadonlyArray<readonly [KnowledgeKind, Notes]>, analyser: Analyser) {
    super(
      notes.flatMap(([kind, table]) => [...table.written().keys()].map((id) => [keyOf(kind, id), table.of(id)] as const)),
      analyser,
    );
  }
}

/**
 * The best `count` of the catalogue's BM25 results once the notes' matches are
 * added, best first: scored as MiniSearch scores a document (the sum of its
 * terms' scores times the number of query terms it matched), with the note's
 * terms as matches in a `notes` field. An entry its note alone matches joins them
 * when `admits` its key (it is in the index, of a kind searched).
 */
export function withNotes(raw: MiniSearchResult[], notes: ReadonlyMap<string, TextMatch>, admits: (key: string) => boolean, count: number): MiniSearchResult[] {
  if (notes.size === 0) return raw.slice(0, count);
  const merged = new Set<string>();
  for (const result of raw) {
    const note = notes.get(result.id as string);
    if (note === undefined) continue;
    merged.add(result.id as string);
    const sum = result.score / Math.max(1, result.queryTerms.length) + (NOTE_BOOST * note.score) / note.terms.length;
    for (const term of note.terms) {
      const fields = result.match[term];
      if (fields === undefined) result.match[term] = ['notes'];
      else fields.push('notes');
      if (!result.queryTerms.includes(term)) result.queryTerms.push(term);
    }
    result.score = sum * result.queryTerms.length;
  }
  // Results the notes did not touch keep MiniSearch's order, so only their
  // first `count` can be among the best, and once there are that many,
  // nothing scoring below the last of them can be: a common word's note
  // matches run to hundreds, and most fall short.
  const ranked: Array<{ score: number; result?: MiniSearchResult; key?: string }> = [];
  let cutoff = 0;
  for (const result of raw) {
    if (merged.has(result.id as string)) continue;
    ranked.push({ score: result.score, result });
    if (ranked.length === count) {
      cutoff = result.score;
      break;
    }
  }
  for (const result of raw) if (result.score >= cutoff && merged.has(result.id as string)) ranked.push({ score: result.score, result });
  for (const [key, note] of notes) {
    const score = NOTE_BOOST * note.score;
    if (score >= cutoff && !merged.has(key) && admits(key)) ranked.push({ score, key });
  }
  ranked.sort((a, b) => b.score - a.score);
  return ranked.slice(0, count).map(({ score, result, key }) => {
    if (result !== undefined) return result;
    const terms = notes.get(key!)!.terms;
    return { id: key, score, terms: [...terms], queryTerms: [...terms], match: Object.fromEntries(terms.map((term) => [term, ['notes']])) };
  });
}

let shared: NoteIndex | undefined;

/** The notes' index, built once per process and shared by every knowledge index, as the remits' is. */
export function sharedNoteIndex(): NoteIndex {
  shared ??= new NoteIndex(
    [
      ['service', serviceNotes],
      ['faq', faqNotes],
    ],
    new Analyser(lexicon, new Set()),
  );
  return shared;
}

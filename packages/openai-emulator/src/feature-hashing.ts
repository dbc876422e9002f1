/** Words weigh more than trigrams: sharing a word says more than sharing three letters. */
const WORD_WEIGHT = 1;
const TRIGRAM_WEIGHT = 0.5;

/** FNV-1a over UTF-16 units: fast, stable across runs and platforms, no dependency. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A deterministic stand-in for an embedding: lowercase words and the
 * character trigrams of each word (with boundary marks, so "pass" and
 * "passport" share "#pa", "pas", "ass") are hashed into `dimensions`
 * buckets, with a sign from another bit of the hash so that collisions
 * cancel out rather than pile up; then scaled to length 1, so a dot product
 * is a cosine. Texts sharing words and stems come out closer than unrelated
 * ones, which is all retrieval tests need. Values are rounded to float32,
 * what the API sends, so the float and base64 encodings carry the same
 * numbers.
 */
export function embed(text: string, dimensions: number): number[] {
  const vector = new Float64Array(dimensions);
  const add = (feature: string, weight: number): void => {
    const hash = fnv1a(feature);
    vector[hash % dimensions]! += hash >>> 31 === 1 ? weight : -weight;
  };
  for (const word of wordsOf(text)) {
    add(`w:${word}`, WORD_WEIGHT);
    const marked = `#${word}#`;
    for (let index = 0; index + 3 <= marked.length; index += 1) add(`t:${marked.slice(index, index + 3)}`, TRIGRAM_WEIGHT);
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return Array.from(vector, (value) => (norm === 0 ? 0 : Math.fround(value / norm)));
}

/** The vector as the API's base64 encoding: little-endian float32s. */
export function toBase64(vector: readonly number[]): string {
  const bytes = Buffer.alloc(vector.length * 4);
  vector.forEach((value, index) => bytes.writeFloatLE(value, index * 4));
  return bytes.toString('base64');
}

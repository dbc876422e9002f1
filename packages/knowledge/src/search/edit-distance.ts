type SubstitutionCost = (x: number, y: number) => number;

const IS_VOWEL = new Uint8Array(128);
for (const letter of 'aeiou') IS_VOWEL[letter.charCodeAt(0)] = 1;

/**
 * What replacing one letter costs when guessing what a person meant: a wrong
 * vowel is a slip ("clearence"), a wrong consonant usually another word
 * (mahari/magari, uongo/hongo, protect/project), so it costs two.
 */
export const typoSubstitution: SubstitutionCost = (x, y) => (IS_VOWEL[x] === 1 && IS_VOWEL[y] === 1 ? 1 : 2);

/**
 * Levenshtein distance between a and b, or `limit + 1` as soon as it is
 * certain to exceed `limit` (spelling correction only cares about small ones).
 */
export function editDistanceAtMost(a: string, b: string, limit: number, substitution: SubstitutionCost = () => 1): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const x = a.charCodeAt(i - 1);
      const y = b.charCodeAt(j - 1);
      const cost = x === y ? 0 : substitution(x, y);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

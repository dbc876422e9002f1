/**
 * The newest `capacity` entries, oldest first, in a ring: pushing is O(1)
 * whatever the size, so a long benchmark neither grows memory nor pays for
 * shifting arrays. Entries carry increasing seqs, which lets a reader find
 * where "everything after seq N" starts by binary search.
 */
export class BoundedLog<T extends { readonly seq: number }> {
  private items: T[] = [];
  /** Index of the oldest entry once the ring is full; 0 until then. */
  private head = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, not ${capacity}`);
  }

  get length(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return;
    }
    this.items[this.head] = item;
    this.head = (this.head + 1) % this.capacity;
  }

  /** The i-th entry, 0 being the oldest kept. */
  at(index: number): T {
    return this.items[(this.head + index) % this.items.length]!;
  }

  /** Position of the first entry whose seq is greater than `seq` (length when none). */
  indexAfter(seq: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.at(middle).seq <= seq) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Entries after `seq` that `accept`, oldest first, at most `limit` of them. */
  select(accept: (item: T) => boolean, options: { afterSeq?: number; limit?: number } = {}): T[] {
    const selected: T[] = [];
    const limit = options.limit ?? Infinity;
    const start = options.afterSeq === undefined ? 0 : this.indexAfter(options.afterSeq);
    for (let index = start; index < this.items.length && selected.length < limit; index += 1) {
      const item = this.at(index);
      if (accept(item)) selected.push(item);
    }
    return selected;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

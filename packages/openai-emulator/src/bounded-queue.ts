/**
 * A first-in-first-out list that forgets its oldest entries beyond a count
 * and a total weight (bytes, roughly). Removing from the front moves a start
 * index rather than shifting the array, and the dead prefix is cut off only
 * once it is the larger half, so both ends stay O(1) amortised.
 */
export class BoundedQueue<T> {
  private entries: Array<{ item: T; weight: number }> = [];
  private start = 0;
  private totalWeight = 0;

  constructor(
    private readonly maxCount: number,
    private readonly maxWeight: number,
  ) {
    if (!Number.isInteger(maxCount) || maxCount < 1) throw new RangeError(`maxCount must be a positive integer, not ${maxCount}`);
    if (!(maxWeight > 0)) throw new RangeError(`maxWeight must be positive, not ${maxWeight}`);
  }

  get length(): number {
    return this.entries.length - this.start;
  }

  get weight(): number {
    return this.totalWeight;
  }

  /** Adds an entry; the newest one is always kept, even when heavier than maxWeight alone. */
  push(item: T, weight: number): void {
    this.entries.push({ item, weight });
    this.totalWeight += weight;
    while (this.length > 1 && (this.length > this.maxCount || this.totalWeight > this.maxWeight)) this.dropOldest();
  }

  /** The entries, oldest first. */
  items(): T[] {
    const items: T[] = [];
    for (let index = this.start; index < this.entries.length; index += 1) items.push(this.entries[index]!.item);
    return items;
  }

  clear(): void {
    this.entries = [];
    this.start = 0;
    this.totalWeight = 0;
  }

  private dropOldest(): void {
    const oldest = this.entries[this.start]!;
    this.totalWeight -= oldest.weight;
    this.start += 1;
    if (this.start * 2 >= this.entries.length) {
      this.entries = this.entries.slice(this.start);
      this.start = 0;
    }
  }
}

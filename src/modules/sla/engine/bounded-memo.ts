/**
 * A memo of a pure function of a day number, bounded so a long-running server does not grow it
 * forever: past the limit it starts over (SLA work touches a few hundred days at most, so that is rare).
 */
export class DayMemo<V> {
  private readonly entries = new Map<number, V>();
  private readonly limit: number;

  constructor(limit = 10_000) {
    this.limit = limit;
  }

  get(day: number, compute: (day: number) => V): V {
    const found = this.entries.get(day);
    if (found !== undefined) return found;
    const value = compute(day);
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(day, value);
    return value;
  }
}

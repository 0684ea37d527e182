/**
 * A bounded memo: generated schedules per (route, date) are kept so a search costs a map lookup;
 * the oldest entry goes when the memo is full (insertion order, which Map keeps).
 */
export function memoOf<T>(limit: number): (key: string, make: () => T) => T {
  const entries = new Map<string, T>();
  return (key, make) => {
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = make();
    if (entries.size >= limit) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, value);
    return value;
  };
}

/**
 * Uniqueness after a bulk change: current holds every record's value now, proposed the new values
 * of the records being written. Returns, for each proposed record whose final value is also some
 * other record's final value, one of those others. Swaps within the change are fine.
 */
export function uniqueClashes<K>(
  current: Iterable<readonly [K, string | null]>,
  proposed: Iterable<readonly [K, string | null]>,
): Map<K, K> {
  const final = new Map<K, string | null>(current);
  const changed: K[] = [];
  for (const [key, value] of proposed) {
    final.set(key, value);
    changed.push(key);
  }
  const holders = new Map<string, K[]>();
  for (const [key, value] of final) {
    if (value === null) continue;
    const list = holders.get(value);
    if (list) list.push(key);
    else holders.set(value, [key]);
  }
  const clashes = new Map<K, K>();
  for (const key of changed) {
    const value = final.get(key);
    if (value === null || value === undefined) continue;
    const other = holders.get(value)?.find((k) => k !== key);
    if (other !== undefined) clashes.set(key, other);
  }
  return clashes;
}

/**
 * Finds a rank from what a person typed: its code (exactly, then ignoring case) or its name.
 * A name shared by several ranks is ambiguous and finds nothing.
 */
export type RankMatch = { ok: true; code: string } | { ok: false; message: string };

export function rankResolver(ranks: readonly { code: string; name: string }[]): (text: string) => RankMatch {
  const codes = new Set(ranks.map((r) => r.code));
  const byLowerCode = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  for (const r of ranks) {
    byLowerCode.set(r.code.toLowerCase(), [...(byLowerCode.get(r.code.toLowerCase()) ?? []), r.code]);
    byName.set(r.name, [...(byName.get(r.name) ?? []), r.code]);
  }
  return (text) => {
    const value = text.trim();
    if (codes.has(value)) return { ok: true, code: value };
    const named = byName.get(value) ?? [];
    const [onlyNamed] = named;
    if (named.length === 1 && onlyNamed !== undefined) return { ok: true, code: onlyNamed };
    if (named.length > 1) return { ok: false, message: `rank name ${value} is shared by ${named.join(', ')}; give the rank code` };
    const folded = byLowerCode.get(value.toLowerCase()) ?? [];
    const [onlyFolded] = folded;
    if (folded.length === 1 && onlyFolded !== undefined) return { ok: true, code: onlyFolded };
    return { ok: false, message: `no rank with code or name ${value}` };
  };
}

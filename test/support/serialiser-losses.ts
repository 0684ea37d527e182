/** Every leaf of the handler's answer that the serialised answer lacks or holds differently. */
export function losses(before: unknown, after: unknown, path: string, out: string[]): void {
  if (Array.isArray(before)) {
    before.forEach((v, i) => losses(v, Array.isArray(after) ? after[i] : undefined, `${path}[]`, out));
  } else if (typeof before === 'object' && before !== null) {
    const target = typeof after === 'object' && after !== null ? (after as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) continue;
      if (!(k in target)) out.push(`${path}.${k} dropped`);
      else losses(v, target[k], `${path}.${k}`, out);
    }
  } else if (before !== after) {
    out.push(`${path} ${JSON.stringify(before)} became ${JSON.stringify(after)}`);
  }
}

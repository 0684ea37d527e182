import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

type Leaves = Map<string, string>;

function leaves(value: unknown, path = '', out: Leaves = new Map()): Leaves {
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** Messages that say the same thing with different values, each passed by the caller. */
const SAME_MEANING_OTHER_VALUES: Record<string, string> = {
  'policy.summary.discount': 'zh says 7折 ({{value}}), en says 70% ({{percent}}); ruleSummary passes both',
};

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]).sort();

describe('zh-CN and en messages', () => {
  const zh = leaves(zhCN);
  const english = leaves(en);

  it('have the same keys, except English singulars (Chinese has one plural form, English two)', () => {
    const singularOfZh = (key: string) => key.endsWith('_one') && zh.has(key.slice(0, -'_one'.length));
    expect([...english.keys()].filter((k) => !singularOfZh(k)).sort()).toEqual([...zh.keys()].sort());
  });

  it('say an English singular with the plural’s variables, bar the count itself', () => {
    const drift = [...english]
      .filter(([key]) => key.endsWith('_one') && zh.has(key.slice(0, -'_one'.length)))
      .filter(([key, text]) => {
        const plural = variables(english.get(key.slice(0, -'_one'.length)) ?? '').filter((v) => v !== 'count');
        return (
          variables(text)
            .filter((v) => v !== 'count')
            .join() !== plural.join()
        );
      })
      .map(([key]) => key);
    expect(drift).toEqual([]);
  });

  it('use the same {{variables}} in each message, so no value is lost in one language', () => {
    const differing = [...zh]
      .filter(([key]) => !(key in SAME_MEANING_OTHER_VALUES))
      .filter(([key, text]) => variables(text).join() !== variables(english.get(key) ?? '').join())
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('leave no message empty', () => {
    const empty = [...zh, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

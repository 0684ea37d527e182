import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatePolicy } from '../../../../src/modules/policy/engine/validate-policy.ts';
import { RULE_KIND_LIST } from '../../../../src/modules/policy/routes/rule-schemas.ts';
import { CITIES } from '../../../../src/modules/geo/index.ts';
import type { Rule } from '../../api/types';
import { RULE_KINDS } from '../../api/values';
import { rememberCities } from '../../lib/cities';
import { inLanguage } from '../../testing/language';
import { defaultRule, newRuleId, ruleSummary } from './ruleModel';

vi.mock('../../i18n', async () => (await import('../../testing/language')).i18nModule);

// The directory the console loads after sign-in, here straight from the server's geo module.
rememberCities(CITIES.map((c) => ({ ...c, airports: [...c.airports], stations: [...c.stations] })));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('policy rules ↔ the policy engine', () => {
  it('the editor offers exactly the rule kinds the server knows', () => {
    expect([...RULE_KINDS].sort()).toEqual([...RULE_KIND_LIST].sort());
  });

  it('every kind starts as a rule the engine accepts', () => {
    const rules = RULE_KINDS.map((kind, i) => defaultRule(kind, `r${i}`));
    expect(rules.map((r) => r.kind)).toEqual([...RULE_KINDS]);
    expect(validatePolicy(rules)).toEqual([]);
  });
});

describe('new rule ids', () => {
  it('are unique within the policy, even added in the same millisecond', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 4, 1));
    const rules: Rule[] = [];
    for (let i = 0; i < 50; i += 1) rules.push(defaultRule('hotel_star', newRuleId('hotel_star', rules)));
    expect(new Set(rules.map((r) => r.id)).size).toBe(50);
    expect(validatePolicy(rules)).toEqual([]);
  });

  it('step past ids the policy already uses', () => {
    vi.spyOn(Date, 'now').mockReturnValue(Date.UTC(2026, 4, 1));
    const first = newRuleId('car_ride_cap', []);
    const stamp = Date.UTC(2026, 4, 1).toString(36);
    expect(first.startsWith(`car_ride_cap-${stamp}`)).toBe(true);
    // The next few ids it would make are already taken: it must skip all of them.
    const next = Number(first.slice(`car_ride_cap-${stamp}`.length)) + 1;
    const taken = [0, 1, 2, 3].map((k) => defaultRule('car_ride_cap', `car_ride_cap-${stamp}${next + k}`));
    const fresh = newRuleId('car_ride_cap', taken);
    expect(taken.map((r) => r.id)).not.toContain(fresh);
    expect(fresh).toBe(`car_ride_cap-${stamp}${next + 4}`);
  });

  it('never repeat, whatever the clock says', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 30 }), (clock) => {
        const now = vi.spyOn(Date, 'now');
        const rules: Rule[] = [];
        for (const tick of clock) {
          now.mockReturnValue(1_780_000_000_000 + tick);
          rules.push(defaultRule('flight_cabin', newRuleId('flight_cabin', rules)));
        }
        expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
      }),
    );
  });
});

describe('rule summaries', () => {
  it('say what a rule allows, in each language', () => {
    let t = inLanguage('zh-CN');
    expect(ruleSummary(t, defaultRule('flight_price_cap', 'a'))).toBe('票价不高于全价经济舱7折');
    expect(ruleSummary(t, defaultRule('flight_advance_booking', 'a'))).toBe('至少提前 3 天预订');
    expect(ruleSummary(t, defaultRule('hotel_nightly_cap', 'a'))).toBe(
      '每晚上限：一线城市 ¥600，新一线城市 ¥500，二线城市 ¥400，其他城市 ¥300',
    );
    expect(
      ruleSummary(t, {
        id: 'a',
        kind: 'trip_destinations',
        action: 'warn',
        params: { mode: 'allow', cities: ['beijing', 'shanghai'], countries: ['CN'] },
      }),
    ).toBe('只允许前往：北京、上海、CN');
    t = inLanguage('en');
    expect(ruleSummary(t, defaultRule('flight_price_cap', 'a'))).toBe(`Fare at most 70% of the full economy fare`);
    expect(ruleSummary(t, { id: 'a', kind: 'flight_price_cap', action: 'warn', params: { mode: 'absolute', maxFen: 150050 } })).toContain(
      '¥1,500.50',
    );
  });

  it('exist for every kind in both languages, with nothing left untranslated', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = inLanguage(lang);
      for (const kind of RULE_KINDS) {
        const line = ruleSummary(t, defaultRule(kind, 'x'));
        expect(line, `${lang} ${kind}`).not.toMatch(/policy\.|cityTier\.|\{\{|^$/);
      }
    }
  });
});

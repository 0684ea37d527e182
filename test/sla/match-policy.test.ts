import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSlaPolicy, type SlaPolicy, type SlaTicketAttributes, validateSlaPolicies } from '../../src/modules/sla/index.ts';

const targets = {
  firstResponseMinutes: 30,
  nextResponseMinutes: 60,
  periodicUpdateMinutes: null,
  resolutionMinutes: 480,
  warningFraction: 0.8,
};
const policy = (id: string, position: number, conditions: SlaPolicy['conditions']): SlaPolicy => ({
  id,
  name: id,
  position,
  conditions,
  targets,
  calendarId: 'cal-1',
  pausingStatuses: ['pending_customer'],
});
const any = { enterpriseTiers: 'any', categories: 'any', priorities: 'any', channels: 'any' } as const;

const emergencies = policy('emergencies', 10, { ...any, categories: ['emergency'] });
const flagshipUrgent = policy('flagship-urgent', 20, { ...any, enterpriseTiers: ['flagship'], priorities: ['urgent', 'high'] });
const phone = policy('phone', 30, { ...any, channels: ['phone'] });
const fallback = policy('default', 100, null);
const set = [phone, fallback, flagshipUrgent, emergencies]; // array order is irrelevant

const ticket = (over: Partial<SlaTicketAttributes> = {}): SlaTicketAttributes => ({
  enterpriseTier: 'standard',
  category: 'inquiry',
  priority: 'normal',
  channel: 'web',
  ...over,
});

describe('matchSlaPolicy', () => {
  it('takes the first policy in position order whose every condition allows the ticket', () => {
    expect(matchSlaPolicy(set, ticket({ category: 'emergency', enterpriseTier: 'flagship', priority: 'urgent' })).id).toBe('emergencies');
    expect(matchSlaPolicy(set, ticket({ enterpriseTier: 'flagship', priority: 'high', channel: 'phone' })).id).toBe('flagship-urgent');
    expect(matchSlaPolicy(set, ticket({ enterpriseTier: 'flagship', priority: 'normal', channel: 'phone' })).id).toBe('phone');
    expect(matchSlaPolicy(set, ticket({ enterpriseTier: 'professional', priority: 'urgent' })).id).toBe('default');
  });

  it('a ticket without an enterprise passes only conditions that allow any tier', () => {
    expect(matchSlaPolicy(set, ticket({ enterpriseTier: null, priority: 'urgent' })).id).toBe('default');
    expect(matchSlaPolicy(set, ticket({ enterpriseTier: null, channel: 'phone' })).id).toBe('phone');
  });

  it('does not depend on the order of the array (property)', () => {
    const values = {
      tier: ['standard', 'professional', 'flagship', null],
      category: ['inquiry', 'emergency', 'refund'],
      priority: ['normal', 'high', 'urgent'],
      channel: ['web', 'phone', 'email'],
    };
    fc.assert(
      fc.property(
        fc.shuffledSubarray(set, { minLength: set.length }),
        fc.constantFrom(...values.tier),
        fc.constantFrom(...values.category),
        fc.constantFrom(...values.priority),
        fc.constantFrom(...values.channel),
        (shuffled, enterpriseTier, category, priority, channel) => {
          const t = { enterpriseTier, category, priority, channel };
          expect(matchSlaPolicy(shuffled, t)).toBe(matchSlaPolicy(set, t));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses sets it cannot order or that leave a ticket without a policy', () => {
    expect(() => matchSlaPolicy([emergencies, { ...phone, position: 10 }, fallback], ticket())).toThrow(/share position 10/);
    expect(() => matchSlaPolicy([emergencies], ticket())).toThrow(/no default/);
  });
});

describe('validateSlaPolicies', () => {
  const errorsOf = (policies: SlaPolicy[], vocabulary = {}) => {
    const result = validateSlaPolicies(policies, vocabulary);
    return result.ok ? [] : result.errors;
  };

  it('returns a good set in matching order', () => {
    const result = validateSlaPolicies(set, {
      categories: ['inquiry', 'emergency'],
      enterpriseTiers: ['standard', 'professional', 'flagship'],
    });
    expect(result.ok && result.policies.map((p) => p.id)).toEqual(['emergencies', 'flagship-urgent', 'phone', 'default']);
  });

  it('needs exactly one default, last', () => {
    expect(errorsOf([emergencies, phone]).map((e) => e.message)).toEqual([expect.stringMatching(/default policy/)]);
    expect(errorsOf([emergencies, fallback, { ...fallback, id: 'second', position: 200 }]).map((e) => e.path)).toEqual([
      '[2].conditions',
      '[1].position',
    ]);
    expect(errorsOf([{ ...fallback, position: 1 }, emergencies]).map((e) => e.path)).toEqual(['[0].position']);
  });

  it('refuses duplicate positions and ids, and positions that are not whole numbers', () => {
    expect(errorsOf([emergencies, { ...phone, position: 10 }, fallback]).map((e) => e.path)).toEqual(['[1].position']);
    expect(errorsOf([emergencies, { ...phone, id: 'emergencies' }, fallback]).map((e) => e.path)).toEqual(['[1].id']);
    expect(errorsOf([{ ...emergencies, position: 1.5 }, fallback]).map((e) => e.path)).toEqual(['[0].position']);
  });

  it('refuses conditions that are empty, repeated, unknown, or all "any"', () => {
    const bad = policy('bad', 1, { ...any, channels: [], priorities: ['urgent', 'urgent'], categories: ['refnd'] });
    expect(errorsOf([bad, fallback], { categories: ['refund'] }).map((e) => e.path)).toEqual([
      '[0].conditions.categories[0]',
      '[0].conditions.priorities[1]',
      '[0].conditions.channels',
    ]);
    expect(errorsOf([policy('all', 1, any), fallback]).map((e) => e.path)).toEqual(['[0].conditions']);
  });

  it('refuses a policy that can never apply because an earlier one takes all its tickets', () => {
    const wide = policy('wide', 1, { ...any, priorities: ['urgent', 'high'] });
    const narrow = policy('narrow', 2, { ...any, priorities: ['urgent'], channels: ['phone'] });
    expect(errorsOf([wide, narrow, fallback])).toEqual([
      { path: '[1].conditions', message: expect.stringMatching(/never applies: \[0\]/) },
    ]);
    // The other way round both can apply.
    expect(errorsOf([{ ...narrow, position: 1 }, { ...wide, position: 2 }, fallback])).toEqual([]);
  });

  it('checks targets and pausing statuses', () => {
    const broken = {
      ...emergencies,
      targets: { ...targets, firstResponseMinutes: 0, warningFraction: 1.2 },
      pausingStatuses: ['solved', 'on_hold', 'on_hold'] as SlaPolicy['pausingStatuses'],
    };
    expect(errorsOf([broken, fallback]).map((e) => e.path)).toEqual([
      '[0].targets.firstResponseMinutes',
      '[0].targets.warningFraction',
      '[0].pausingStatuses[0]',
      '[0].pausingStatuses[2]',
    ]);
  });
});

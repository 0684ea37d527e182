import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { validateFlow } from '../../../../src/modules/approval/engine/validate-flow.ts';
import { FlowDefinitionSchema } from '../../../../src/modules/approval/flows/flow-schema.ts';
import type { ApproverRule, FlowCondition, StageDefinition } from '../../api/types';
import { APPROVAL_CATEGORIES, APPROVER_RULE_KINDS, TIMEOUT_ACTIONS } from '../../api/values';
import { normalisePath } from '../../lib/paths';
import { inLanguage } from '../../testing/language';
import { schemaErrors } from '../../testing/schema';
import {
  APPROVER_ROLES,
  CONDITION_KINDS,
  approverSummary,
  conditionSummary,
  defaultApprovers,
  defaultCondition,
  localFlowErrors,
  newStage,
  withApprovers,
} from './flowModel';

vi.mock('../../i18n', async () => (await import('../../testing/language')).i18nModule);

/** The `kind`/`action` literals a union in the server's JSON schema allows. */
function literals(schema: unknown, field: string): string[] {
  const anyOf = (schema as { anyOf?: { properties?: Record<string, { const?: unknown; anyOf?: { const?: unknown }[] }> }[] }).anyOf ?? [];
  return anyOf.flatMap((branch) => {
    const prop = branch.properties?.[field];
    return prop?.const !== undefined ? [String(prop.const)] : [];
  });
}

const definition = FlowDefinitionSchema.properties;
const stageSchema = definition.stages.items.properties;

describe('flow editor ↔ the server’s flow schema', () => {
  it('offers exactly the condition kinds, approver kinds and timeout actions the server knows', () => {
    expect([...CONDITION_KINDS].sort()).toEqual(literals(definition.conditions.items, 'kind').sort());
    expect([...APPROVER_RULE_KINDS].sort()).toEqual(literals(stageSchema.approvers, 'kind').sort());
    expect([...TIMEOUT_ACTIONS].sort()).toEqual(stageSchema.timeout.properties.action.anyOf.map((a) => String(a.const)).sort());
  });

  it('starts every condition and approver kind with something the server accepts once lists and people are filled', () => {
    const filled = (c: FlowCondition): FlowCondition =>
      c.kind === 'department_in'
        ? { ...c, departmentIds: ['01a25091-448b-712b-9d39-1c0f2b6b0c01'] }
        : c.kind === 'project_in'
          ? { ...c, projectIds: ['01a25091-448b-712b-9d39-1c0f2b6b0c02'] }
          : c;
    const someone = '01a25091-448b-712b-9d39-1c0f2b6b0c03';
    const person = (a: ApproverRule): ApproverRule =>
      a.kind === 'user'
        ? { kind: 'user', userId: someone }
        : a.kind === 'users'
          ? { kind: 'users', userIds: [someone] }
          : a.kind === 'requester_choice'
            ? { kind: 'requester_choice', candidateIds: [someone] }
            : a;
    const stages: StageDefinition[] = [];
    for (const kind of APPROVER_RULE_KINDS) stages.push({ ...newStage(stages, `审批 ${kind}`), approvers: person(defaultApprovers(kind)) });
    const def = { conditions: CONDITION_KINDS.map((k) => filled(defaultCondition(k))), stages };
    expect(schemaErrors(FlowDefinitionSchema, def)).toEqual([]);
    expect(validateFlow({ id: 'f', name: 'f', priority: 1, ...def })).toEqual([]);
  });
});

// Flows as the editor can make them: defaults, filled or emptied lists, ranges either way, people
// chosen or not, stages added one by one.
const uuid = fc.uuid({ version: 7 });
const condition: fc.Arbitrary<FlowCondition> = fc.constantFrom(...CONDITION_KINDS).chain((kind): fc.Arbitrary<FlowCondition> => {
  switch (kind) {
    case 'amount_between':
      return fc.record({ kind: fc.constant(kind), minFen: fc.nat({ max: 1_000_000 }), maxFen: fc.nat({ max: 1_000_000 }) });
    case 'category_in':
      return fc.record({ kind: fc.constant(kind), categories: fc.uniqueArray(fc.constantFrom(...APPROVAL_CATEGORIES)) });
    case 'department_in':
      return fc.record({ kind: fc.constant(kind), departmentIds: fc.uniqueArray(uuid, { maxLength: 3 }) });
    case 'project_in':
      return fc.record({ kind: fc.constant(kind), projectIds: fc.uniqueArray(uuid, { maxLength: 3 }) });
    default:
      return fc.constant(defaultCondition(kind));
  }
});
const person = fc.oneof(fc.constant(''), uuid);
const approvers: fc.Arbitrary<ApproverRule> = fc
  .constantFrom(...APPROVER_RULE_KINDS)
  .chain((kind) =>
    kind === 'user'
      ? person.map((userId): ApproverRule => ({ kind, userId }))
      : kind === 'role'
        ? fc.constantFrom(...APPROVER_ROLES).map((role): ApproverRule => ({ kind, role }))
        : kind === 'users'
          ? fc.uniqueArray(uuid, { maxLength: 3 }).map((userIds): ApproverRule => ({ kind, userIds }))
          : kind === 'requester_choice'
            ? fc.uniqueArray(uuid, { maxLength: 3 }).map((candidateIds): ApproverRule => ({ kind, candidateIds }))
            : fc.constant(defaultApprovers(kind)),
  );
const onEmpty: fc.Arbitrary<StageDefinition['onEmpty']> = fc.oneof(
  fc.constant({ kind: 'skip' as const }),
  fc.constant({ kind: 'fail' as const }),
  person.map((userId) => ({ kind: 'fallback' as const, to: { kind: 'user' as const, userId } })),
  fc.constant({ kind: 'fallback' as const, to: { kind: 'role' as const, role: 'travel_admin' } }),
);
const stageParts = fc.record({ name: fc.constantFrom('', '直属上级审批', 'Finance'), approvers, onEmpty });
const flow = fc
  .record({ conditions: fc.array(condition, { maxLength: 4 }), stages: fc.array(stageParts, { maxLength: 3 }) })
  .map(({ conditions, stages }) => {
    const made: StageDefinition[] = [];
    for (const parts of stages) made.push({ ...newStage(made, parts.name), ...parts });
    return { conditions, stages: made };
  });

/** 'conditions.2', 'stages.0', 'name' …: which item a problem is about. */
const item = (path: string) =>
  normalisePath(path)
    .split('.')
    .slice(0, 2)
    .filter((part, i) => i === 0 || /^\d+$/.test(part))
    .join('.');

describe('flow editor: what it checks before saving', () => {
  it('objects to the same flows, and the same conditions and stages, as the server', () => {
    const t = inLanguage('zh-CN');
    fc.assert(
      fc.property(flow, (def) => {
        const local = localFlowErrors(t, '出差审批', def).map((e) => item(e.path));
        const server = [
          ...[...schemaErrors(FlowDefinitionSchema, def)].map((line) => item(line.slice(0, line.indexOf(':')))),
          ...validateFlow({ id: 'f', name: '出差审批', priority: 1, ...def }).map((issue) => item(issue.path)),
        ];
        expect(new Set(local)).toEqual(new Set(server));
      }),
      { numRuns: 300 },
    );
  });

  it('says what is wrong, in the user’s language', () => {
    const def = {
      conditions: [
        { kind: 'category_in', categories: [] },
        { kind: 'amount_between', minFen: 5, maxFen: 1 },
      ] satisfies FlowCondition[],
      stages: [{ ...newStage([], ' '), approvers: { kind: 'user', userId: '' } } satisfies StageDefinition],
    };
    expect(localFlowErrors(inLanguage('zh-CN'), ' ', def)).toEqual([
      { path: 'name', message: '必填' },
      { path: 'conditions.0', message: '请至少选择一项。' },
      { path: 'conditions.1', message: '最低金额不能高于最高金额。' },
      { path: 'stages.0.name', message: '必填' },
      { path: 'stages.0.approvers', message: '请选择审批人。' },
    ]);
    expect(localFlowErrors(inLanguage('en'), 'Flow', { conditions: [], stages: [] })).toEqual([
      { path: 'stages', message: 'A flow needs at least one stage.' },
    ]);
  });
});

describe('flow editor: new stages', () => {
  it('get an id no other stage of the flow has', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 20 }), (numbers) => {
        const existing = numbers.map((n) => ({ ...newStage([], 'x'), id: `stage-${n}` }));
        const added = newStage(existing, '新环节');
        expect(existing.map((s) => s.id)).not.toContain(added.id);
        expect(added).toMatchObject({ name: '新环节', approvers: { kind: 'direct_manager' }, mode: 'any', onEmpty: { kind: 'skip' } });
      }),
    );
  });
});

describe('flow summaries in the list', () => {
  it('read as a phrase in each language', () => {
    let t = inLanguage('zh-CN');
    expect(conditionSummary(t, { kind: 'amount_at_least', fen: 500000 })).toBe('金额 ≥ ¥5,000');
    expect(conditionSummary(t, { kind: 'category_in', categories: ['flight', 'hotel'] })).toBe('机票、酒店');
    expect(approverSummary(t, { kind: 'manager_chain', levels: 2 })).toBe('逐级上级 2 级');
    expect(approverSummary(t, { kind: 'role', role: 'finance' })).toBe('角色：财务');
    t = inLanguage('en');
    expect(conditionSummary(t, { kind: 'amount_between', minFen: 100000, maxFen: 250050 })).toBe('amount ¥1,000–¥2,500.50');
    expect(conditionSummary(t, { kind: 'category_in', categories: ['flight', 'hotel'] })).toBe('Flight, Hotel');
    expect(approverSummary(t, { kind: 'department_head', of: 'parent' })).toBe('Head of the parent department');
  });

  it('have a translation for every kind in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const t = inLanguage(lang);
      const lines = [
        ...CONDITION_KINDS.map((k) => conditionSummary(t, defaultCondition(k))),
        ...(['out_of_policy', 'has_project', 'within_approved_request'] as const).map((kind) => conditionSummary(t, { kind, is: false })),
        ...APPROVER_RULE_KINDS.map((k) => approverSummary(t, defaultApprovers(k))),
        ...APPROVER_ROLES.map((role) => approverSummary(t, { kind: 'role', role })),
      ];
      for (const line of lines) {
        expect(line, lang).not.toMatch(/flows\.|roles\.|\{\{|^$/);
      }
    }
  });
});

describe('flow editor: several approvers', () => {
  it('choosing each traveller’s manager makes the stage 会签; other kinds keep the mode', () => {
    const stage = newStage([], '出行人上级');
    expect(withApprovers(stage, defaultApprovers('traveller_managers')).mode).toBe('all');
    const orSigned = { ...withApprovers(stage, defaultApprovers('traveller_managers')), mode: 'any' as const };
    expect(withApprovers(orSigned, defaultApprovers('traveller_managers')).mode).toBe('any');
    expect(withApprovers(stage, defaultApprovers('users')).mode).toBe('any');
  });
  it('an empty list of people or candidates is named before saving', () => {
    const stages = [
      { ...newStage([], '财务会签'), approvers: { kind: 'users', userIds: [] } },
      { ...newStage([], '自选'), approvers: { kind: 'requester_choice', candidateIds: [] } },
    ] satisfies StageDefinition[];
    expect(localFlowErrors(inLanguage('zh-CN'), '流程', { conditions: [], stages })).toEqual([
      { path: 'stages.0.approvers', message: '请至少添加一人。' },
      { path: 'stages.1.approvers', message: '请至少添加一人。' },
    ]);
  });
});

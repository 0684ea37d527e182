import { describe, expect, it } from 'vitest';
import { systemDecisionOf } from './systemDecision';

describe('systemDecisionOf (timeline events decided on a timeout)', () => {
  it('reads the system’s decisions', () => {
    expect(systemDecisionOf({ decidedBy: { kind: 'system', reason: 'auto_approved_on_timeout' } })).toBe('auto_approved_on_timeout');
    expect(systemDecisionOf({ decidedBy: { kind: 'system', reason: 'auto_rejected_on_timeout' } })).toBe('auto_rejected_on_timeout');
    expect(systemDecisionOf({ decidedBy: { kind: 'system', reason: 'escalated' } })).toBe('escalated');
  });
  it('a person’s decision, an event without one, or an unknown reason is not the system’s', () => {
    expect(systemDecisionOf({ by: 'e1', onBehalfOf: 'e2', onBehalfOfName: '张三' })).toBeNull();
    expect(systemDecisionOf({ decidedBy: { kind: 'person', employeeId: 'e1', name: '张三' } })).toBeNull();
    expect(systemDecisionOf({ decidedBy: { kind: 'system', reason: 'whim' } })).toBeNull();
    expect(systemDecisionOf({ decidedBy: 'system' })).toBeNull();
  });
});

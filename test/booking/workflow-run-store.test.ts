import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowRunStore } from '../../src/modules/booking/index.ts';
import { newId } from '../../src/platform/ids.ts';
import { resumeWorkflow, startWorkflow } from '../../src/platform/workflow/run-workflow.ts';
import { done, wait, type StepReport, type Workflow } from '../../src/platform/workflow/workflow-types.ts';
import { testDatabase, type TestDb } from '../support/db.ts';

let t: TestDb;
beforeAll(async () => {
  t = await testDatabase();
});
afterAll(async () => {
  await t?.close();
});

const calls: string[] = [];
const workflow: Workflow = {
  kind: 'flight_booking',
  steps: [
    { name: 'hold', run: async () => (calls.push('hold'), done({ holdId: 'H1' })), compensate: async () => void calls.push('release') },
    { name: 'approve', run: async (ctx) => (ctx.resume === undefined ? wait('approval') : done(ctx.resume)) },
    {
      name: 'pay',
      run: async (ctx) => {
        calls.push('pay');
        if (ctx.outputs.approve === 'rejected') throw new Error('payment declined');
        return done({ paid: true });
      },
    },
  ],
};

describe('workflow runs in workflow_runs', () => {
  it('waits, survives a new store (a restart), resumes once, and compensates a failure — in the tenant only', async () => {
    const tenant = t.demo.tenants.huachen;
    const id = newId();
    const reports: StepReport[] = [];
    const options = { store: workflowRunStore(t.database.db, tenant), onStep: (r: StepReport) => void reports.push(r) };
    const waiting = await startWorkflow(workflow, options, { id, subjectType: 'order', subjectId: newId(), input: { orderId: 'x' } });
    expect(waiting).toMatchObject({ status: 'waiting', stepIndex: 1 });

    const after = { store: workflowRunStore(t.database.db, tenant), onStep: options.onStep };
    const [a, b] = await Promise.all([
      resumeWorkflow(workflow, after, { id, step: 'approve', data: 'rejected' }),
      resumeWorkflow(workflow, after, { id, step: 'approve', data: 'rejected' }),
    ]);
    expect([a.acted, b.acted].sort()).toEqual([false, true]);
    const stored = await after.store.load(id);
    expect(stored?.status).toBe('compensated');
    expect(calls).toEqual(['hold', 'pay', 'release']);
    expect(reports.find((r) => r.event === 'compensated')).toMatchObject({
      step: 'hold',
      because: { step: 'pay', error: 'payment declined' },
    });
    expect(stored?.log.map((e) => `${e.step}:${e.event}`)).toEqual([
      'hold:completed',
      'approve:waiting',
      'approve:resumed',
      'approve:completed',
      'pay:failed',
      'hold:compensated',
    ]);

    expect(await workflowRunStore(t.database.db, t.demo.tenants.yunfan).load(id)).toBeNull();
  });
});

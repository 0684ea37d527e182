import { describe, expect, it } from 'vitest';
import { memoryWorkflowStore } from './memory-store.ts';
import { continueWorkflow, resumeWorkflow, startWorkflow } from './run-workflow.ts';
import { done, wait, type Json, type StepReport, type Workflow, type WorkflowStep } from './workflow-types.ts';

/** A booking-like workflow whose steps record what they did, with a failure injected where asked. */
function booking(opts: { failAt?: string; failCompensationOf?: string; waitAt?: string } = {}) {
  const calls: string[] = [];
  const step = (name: string): WorkflowStep => ({
    name,
    async run(ctx) {
      calls.push(`run ${name}`);
      if (name === opts.failAt) throw new Error(`${name} refused`);
      if (name === opts.waitAt && ctx.resume === undefined) return wait(`${name} waits`);
      return done({ did: name, resumedWith: ctx.resume ?? null });
    },
    async compensate(_ctx, output) {
      calls.push(`undo ${name}`);
      expect(output).toMatchObject({ did: name });
      if (name === opts.failCompensationOf) throw new Error(`${name} cannot be undone`);
    },
  });
  const workflow: Workflow = { kind: 'flight_booking', steps: ['hold', 'approve', 'pay', 'ticket'].map(step) };
  const reports: StepReport[] = [];
  const store = memoryWorkflowStore();
  const options = { store, onStep: (r: StepReport) => void reports.push(r), now: () => new Date('2025-04-01T00:00:00Z') };
  return { workflow, calls, reports, store, options };
}

const start = (b: ReturnType<typeof booking>, id = 'run-1') =>
  startWorkflow(b.workflow, b.options, { id, subjectType: 'order', subjectId: 'o-1', input: { orderId: 'o-1' } as Json });

describe('a workflow run', () => {
  it('runs every step in order and completes', async () => {
    const b = booking();
    const run = await start(b);
    expect(run.status).toBe('completed');
    expect(b.calls).toEqual(['run hold', 'run approve', 'run pay', 'run ticket']);
    expect(Object.keys(run.context.outputs)).toEqual(['hold', 'approve', 'pay', 'ticket']);
    expect((await b.store.load('run-1'))?.status).toBe('completed');
  });

  it.each(['hold', 'approve', 'pay', 'ticket'])('a failure at %s undoes exactly the earlier steps, newest first', async (failAt) => {
    const b = booking({ failAt });
    const run = await start(b);
    const order = ['hold', 'approve', 'pay', 'ticket'];
    const earlier = order.slice(0, order.indexOf(failAt));
    expect(run.status).toBe('compensated');
    expect(b.calls).toEqual([...[...earlier, failAt].map((s) => `run ${s}`), ...[...earlier].reverse().map((s) => `undo ${s}`)]);
    const undone = b.reports.filter((r) => r.event === 'compensated');
    expect(undone.map((r) => r.step)).toEqual([...earlier].reverse());
    for (const r of undone) expect(r.because).toEqual({ step: failAt, error: `${failAt} refused` });
    expect(b.reports.find((r) => r.event === 'failed')).toMatchObject({ step: failAt, error: `${failAt} refused` });
    expect((await b.store.load('run-1'))?.status).toBe('compensated');
  });

  it('reports a compensation that fails, still undoes the others, and ends failed', async () => {
    const b = booking({ failAt: 'ticket', failCompensationOf: 'approve' });
    const run = await start(b);
    expect(run.status).toBe('failed');
    expect(b.calls.slice(4)).toEqual(['undo pay', 'undo approve', 'undo hold']);
    expect(b.reports.filter((r) => r.event.startsWith('compensation')).map((r) => [r.step, r.event, r.error])).toEqual([
      ['approve', 'compensation_failed', 'approve cannot be undone'],
    ]);
    expect(run.log.map((e) => `${e.step} ${e.event}`)).toContain('approve compensation_failed');
  });

  it('waits at a step, is resumed from the saved run with the data, and goes on', async () => {
    const b = booking({ waitAt: 'approve' });
    const waiting = await start(b);
    expect(waiting).toMatchObject({ status: 'waiting', stepIndex: 1 });
    expect(b.reports.at(-1)).toMatchObject({ step: 'approve', event: 'waiting', reason: 'approve waits' });

    // Another process (a fresh workflow object and driver) resumes from the store alone.
    const later = booking({ waitAt: 'approve' });
    const { run, acted } = await resumeWorkflow(
      later.workflow,
      { ...later.options, store: b.store },
      {
        id: 'run-1',
        step: 'approve',
        data: { decision: 'approved' },
      },
    );
    expect(acted).toBe(true);
    expect(run.status).toBe('completed');
    expect(later.calls).toEqual(['run approve', 'run pay', 'run ticket']);
    expect(run.context.outputs.approve).toEqual({ did: 'approve', resumedWith: { decision: 'approved' } });
    expect(run.context).not.toHaveProperty('resume');
  });

  it('resuming twice runs the step once, in turn or at the same time', async () => {
    const b = booking({ waitAt: 'approve' });
    await start(b);
    const args = { id: 'run-1', step: 'approve', data: 'ok' };
    const [first, second] = await Promise.all([resumeWorkflow(b.workflow, b.options, args), resumeWorkflow(b.workflow, b.options, args)]);
    expect([first.acted, second.acted].sort()).toEqual([false, true]);
    const again = await resumeWorkflow(b.workflow, b.options, args);
    expect(again.acted).toBe(false);
    expect(b.calls.filter((c) => c === 'run approve')).toHaveLength(2); // the wait, then the one resume
    expect(b.calls.filter((c) => c === 'run ticket')).toHaveLength(1);
  });

  it('a resumed step that fails compensates the steps before it', async () => {
    const b = booking({ waitAt: 'pay' });
    await start(b);
    const failing = booking({ failAt: 'pay' });
    const { run } = await resumeWorkflow(failing.workflow, { ...failing.options, store: b.store }, { id: 'run-1', step: 'pay' });
    expect(run.status).toBe('compensated');
    expect(failing.calls).toEqual(['run pay', 'undo approve', 'undo hold']);
  });

  it('continues a run left mid-way by a crash, and a compensation left mid-way without undoing twice', async () => {
    const b = booking();
    const store = b.store;
    await store.create({
      id: 'crashed',
      kind: 'flight_booking',
      subjectType: 'order',
      subjectId: 'o-2',
      status: 'running',
      stepIndex: 2,
      context: { input: null, outputs: { hold: { did: 'hold' }, approve: { did: 'approve' } } },
      log: [],
      version: 3,
    });
    const { run } = await continueWorkflow(b.workflow, b.options, 'crashed');
    expect(run.status).toBe('completed');
    expect(b.calls).toEqual(['run pay', 'run ticket']);

    const c = booking();
    await c.store.create({
      id: 'undoing',
      kind: 'flight_booking',
      subjectType: 'order',
      subjectId: 'o-3',
      status: 'compensating',
      stepIndex: 2,
      context: {
        input: null,
        outputs: { hold: { did: 'hold' }, approve: { did: 'approve' } },
        failure: { step: 'pay', error: 'declined' },
      },
      log: [{ step: 'approve', event: 'compensated', at: '2025-04-01T00:00:00Z' }],
      version: 5,
    });
    const undone = await continueWorkflow(c.workflow, c.options, 'undoing');
    expect(undone.run.status).toBe('compensated');
    expect(c.calls).toEqual(['undo hold']);
    expect(c.reports[0]?.because).toEqual({ step: 'pay', error: 'declined' });
    expect((await continueWorkflow(c.workflow, c.options, 'undoing')).acted).toBe(false);
  });
});

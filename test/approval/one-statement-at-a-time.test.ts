import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkFlow } from '../../src/modules/approval/flows/check-flow.ts';
import { loadApprovalOrg } from '../../src/modules/approval/index.ts';
import '../support/provided-context.ts';
import { approvalKit, type Kit } from './approval-test-kit.ts';

/**
 * A transaction is one connection: its statements must be sent one after another. node-postgres
 * queues a statement sent while another is running and warns that this is deprecated ("Calling
 * client.query() when the client is already executing a query"); pg@9 will refuse it. The
 * approval module's organisation snapshot (read by the job runner's stage timeouts, submissions
 * and previews) and its flow check sent several at once with Promise.all.
 */

interface Overlap {
  sent: string;
  running: string;
}

/** Records every statement sent to a node-postgres client that is still running an earlier one. */
function watchOverlaps(): { overlaps: Overlap[]; stop(): void } {
  const overlaps: Overlap[] = [];
  const running = new WeakMap<object, string[]>();
  const original = pg.Client.prototype.query;
  const textOf = (q: unknown) =>
    (typeof q === 'string' ? q : typeof q === 'object' && q !== null && 'text' in q ? String(q.text) : '?').slice(0, 120);
  const watched = function (this: pg.Client, ...args: unknown[]): unknown {
    const inFlight = running.get(this) ?? [];
    running.set(this, inFlight);
    const text = textOf(args[0]);
    if (inFlight.length > 0) overlaps.push({ sent: text, running: inFlight[0] ?? '' });
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (result instanceof Promise) {
      inFlight.push(text);
      const done = () => inFlight.splice(inFlight.indexOf(text), 1);
      result.then(done, done);
    }
    return result;
  };
  pg.Client.prototype.query = watched as typeof pg.Client.prototype.query;
  return {
    overlaps,
    stop() {
      pg.Client.prototype.query = original;
    },
  };
}

describe.runIf(inject('dbKind') === 'postgres')('one statement at a time per transaction (node-postgres)', () => {
  let k: Kit;
  beforeAll(async () => {
    k = await approvalKit();
  });
  afterAll(async () => {
    await k?.close();
  });

  it('loading the organisation for approvals', async () => {
    const watch = watchOverlaps();
    try {
      const { snapshot } = await k.inTenant((tx) => loadApprovalOrg(tx, k.huachen, new Date()));
      expect(snapshot.employees.length).toBeGreaterThan(0);
    } finally {
      watch.stop();
    }
    expect(watch.overlaps).toEqual([]);
  });

  it('checking a flow that names employees, departments and projects', async () => {
    const someone = await k.employeeOf('approver@huachen.example.com');
    const [project] = await k.db.database.query<{ id: string }>('select id from projects where tenant_id = $1 limit 1', [k.huachen]);
    const watch = watchOverlaps();
    try {
      const definition = await k.inTenant((tx) =>
        checkFlow(
          tx,
          k.huachen,
          {
            name: '并发检查',
            priority: 1,
            definition: {
              conditions: [
                { kind: 'department_in', departmentIds: [someone.departmentId] },
                { kind: 'project_in', projectIds: [project?.id ?? ''] },
              ],
              stages: [{ id: 's', name: '审批', approvers: { kind: 'user', userId: someone.id }, mode: 'any', onEmpty: { kind: 'skip' } }],
            },
          },
          '00000000-0000-4000-8000-000000000001',
        ),
      );
      expect(definition.stages).toHaveLength(1);
    } finally {
      watch.stop();
    }
    expect(watch.overlaps).toEqual([]);
  });
});

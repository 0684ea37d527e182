import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { type Page, toPage } from '../../../platform/http/pagination.ts';
import { rawRows } from '../../org/shared/raw-rows.ts';
import { instanceFromState } from '../instances/instance-rows.ts';
import { type InboxFilters, type InboxScope, isoOf, subjectFilterSql, subjectJoins, textOrNull } from './inbox-sql.ts';
import type { InboxItem } from './read-inbox.ts';

/** The engine events that are a decision of the one acting. */
const DECISIONS = ['approved', 'rejected', 'returned', 'transferred', 'approver_added'] as const;

/** Instances the employee has decided in (also as a delegate), most recently changed first. */
export async function readDoneItems(tx: Tx, scope: InboxScope, page: { after: [string, string] | null; limit: number; filters: InboxFilters }): Promise<Page<InboxItem>> {
  const { after, limit, filters } = page;
  const decided = sql.join(
    DECISIONS.map((type) => sql`(i.state->'history') @> ${JSON.stringify([{ by: scope.employeeId, type }])}::jsonb`),
    sql` or `,
  );
  const rows = rawRows(
    await tx.execute(sql`
      select i.id::text as id, i.updated_at::text as updated_key, i.subject_type, i.subject_id::text as subject_id, i.state,
             r.code, r.purpose, e.name as requester_name
        from approval_instances i
        ${subjectJoins}
       where i.tenant_id = ${scope.tenantId} and (${decided}) and ${subjectFilterSql(filters)}
         and ${after === null ? sql`true` : sql`(i.updated_at, i.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`}
       order by i.updated_at desc, i.id desc
       limit ${limit + 1}`),
  );
  const found = toPage(rows, limit, (r) => [String(r.updated_key), String(r.id)]);
  const onBehalfIds = new Set<string>();
  const items = found.items.map((r) => {
    const instance = instanceFromState(r.state, String(r.id));
    const mine = instance.history.filter((e) => e.by === scope.employeeId && (DECISIONS as readonly string[]).includes(e.type));
    const last = mine[mine.length - 1];
    if (last?.onBehalfOf !== undefined) onBehalfIds.add(last.onBehalfOf);
    const item: InboxItem = {
      instanceId: instance.id,
      subjectType: r.subject_type === 'order' ? 'order' : 'travel_request',
      subjectId: String(r.subject_id),
      subjectCode: textOrNull(r.code),
      title: textOrNull(r.purpose),
      requesterName: textOrNull(r.requester_name) ?? '',
      amountFen: instance.subject.amountFen,
      stageName: instance.stages.find((s) => s.id === last?.stageId)?.name ?? '',
      since: isoOf(last?.at) ?? instance.updatedAt,
      dueAt: null,
      onBehalfOf: last?.onBehalfOf === undefined ? null : { employeeId: last.onBehalfOf, name: '' },
    };
    return item;
  });
  if (onBehalfIds.size > 0) {
    const names = rawRows(
      await tx.execute(sql`select id::text as id, name from employees where tenant_id = ${scope.tenantId} and id in (${sql.join([...onBehalfIds].map((id) => sql`${id}::uuid`), sql`, `)})`),
    );
    const byId = new Map(names.map((n) => [String(n.id), String(n.name)]));
    for (const item of items) if (item.onBehalfOf) item.onBehalfOf.name = byId.get(item.onBehalfOf.employeeId) ?? '';
  }
  return { nextCursor: found.nextCursor, items };
}

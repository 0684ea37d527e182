import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { type Page, toPage } from '../../../platform/pagination/cursor.ts';
import { rawRows } from '../../../platform/db/raw-rows.ts';
import { employeeLabels } from '../../org/index.ts';
import { instanceFromState } from '../instances/instance-rows.ts';
import { type InboxFilters, type InboxScope, isoOf, subjectFilterSql, requesterJoin, textOrNull } from './inbox-sql.ts';
import type { InboxItem } from './read-inbox.ts';

/** The engine events that are a decision of the one acting. */
const DECISIONS = ['approved', 'rejected', 'returned', 'transferred', 'approver_added'] as const;

/** Instances the employee has decided in (also as a delegate), most recently changed first. */
export async function readDoneItems(
  tx: Tx,
  scope: InboxScope,
  page: { after: [string, string] | null; limit: number; filters: InboxFilters },
): Promise<Page<InboxItem>> {
  const { after, limit, filters } = page;
  const decided = sql.join(
    DECISIONS.map((type) => sql`(i.state->'history') @> ${JSON.stringify([{ by: scope.employeeId, type }])}::jsonb`),
    sql` or `,
  );
  const rows = rawRows(
    await tx.execute(sql`
      select i.id::text as id, i.updated_at::text as updated_key, i.subject_type, i.subject_id::text as subject_id, i.state,
             i.subject_code, i.subject_title, e.name as requester_name
        from approval_instances i
        ${requesterJoin}
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
      subjectType: String(r.subject_type),
      subjectId: String(r.subject_id),
      subjectCode: textOrNull(r.subject_code),
      title: textOrNull(r.subject_title),
      requesterName: textOrNull(r.requester_name) ?? '',
      amountFen: instance.subject.amountFen,
      stageName: instance.stages.find((s) => s.id === last?.stageId)?.name ?? '',
      since: isoOf(last?.at) ?? instance.updatedAt,
      dueAt: null,
      onBehalfOf: last?.onBehalfOf === undefined ? null : { employeeId: last.onBehalfOf, name: '' },
      itinerary: [],
      flags: [],
    };
    return item;
  });
  if (onBehalfIds.size > 0) {
    const labels = await employeeLabels(tx, scope.tenantId, onBehalfIds);
    for (const item of items) if (item.onBehalfOf) item.onBehalfOf.name = labels.get(item.onBehalfOf.employeeId)?.name ?? '';
  }
  return { nextCursor: found.nextCursor, items };
}

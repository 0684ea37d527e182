import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/database.ts';
import { type Page, toPage } from '../../../platform/pagination/cursor.ts';
import { rawRows } from '../../../platform/db/raw-rows.ts';
import { instanceFromState } from '../instances/instance-rows.ts';
import { type InboxFilters, type InboxScope, subjectFilterSql, requesterJoin, textOrNull } from './inbox-sql.ts';
import type { InboxItem } from './read-inbox.ts';

/**
 * 抄送我的: the tenant's approvals copied to the employee (a `carbon_copied` event naming them),
 * most recently changed first. Read only: they are told, and may open the subject.
 */
export async function readCcItems(
  tx: Tx,
  scope: InboxScope,
  page: { after: [string, string] | null; limit: number; filters: InboxFilters },
): Promise<Page<InboxItem>> {
  const { after, limit, filters } = page;
  const copied = JSON.stringify([{ type: 'carbon_copied', data: { recipients: [scope.employeeId] } }]);
  const rows = rawRows(
    await tx.execute(sql`
      select i.id::text as id, i.updated_at::text as updated_key, i.subject_type, i.subject_id::text as subject_id, i.state,
             i.subject_code, i.subject_title, e.name as requester_name
        from approval_instances i
        ${requesterJoin}
       where i.tenant_id = ${scope.tenantId} and (i.state->'history') @> ${copied}::jsonb and ${subjectFilterSql(filters)}
         and ${after === null ? sql`true` : sql`(i.updated_at, i.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`}
       order by i.updated_at desc, i.id desc
       limit ${limit + 1}`),
  );
  const found = toPage(rows, limit, (r) => [String(r.updated_key), String(r.id)]);
  return {
    nextCursor: found.nextCursor,
    items: found.items.map((r) => {
      const instance = instanceFromState(r.state, String(r.id));
      const copies = instance.history.filter(
        (e) => e.type === 'carbon_copied' && Array.isArray(e.data.recipients) && e.data.recipients.includes(scope.employeeId),
      );
      const last = copies[copies.length - 1];
      return {
        instanceId: instance.id,
        subjectType: String(r.subject_type),
        subjectId: String(r.subject_id),
        subjectCode: textOrNull(r.subject_code),
        title: textOrNull(r.subject_title),
        requesterName: textOrNull(r.requester_name) ?? '',
        amountFen: instance.subject.amountFen,
        stageName: instance.stages.find((s) => s.id === last?.stageId)?.name ?? '',
        since: last?.at ?? instance.updatedAt,
        dueAt: null,
        onBehalfOf: null,
        itinerary: [],
        flags: [],
        status: instance.status,
      };
    }),
  };
}

import { type SQL, sql } from 'drizzle-orm';
import { employees } from '../../org/index.ts';

/** Shared pieces of the inbox queries (PostgreSQL and PGlite alike). */

export interface InboxScope {
  tenantId: string;
  employeeId: string;
  /** ISO time: which delegations are in force. */
  now: string;
}

/**
 * CTEs: `live` — the delegate in force for each approver who has one; `mine` — one row per
 * instance the employee can decide now: their own place, else one they hold as a delegate in
 * force (never on a request of their own, nor one they travel on). Delegations count live, not as recorded when the step opened.
 */
export function mineCte(s: InboxScope): SQL {
  return sql`
    with live as (
      select distinct on (d.delegator_id) d.delegator_id, d.delegate_id
        from approval_delegations d
       where d.tenant_id = ${s.tenantId} and d.starts_at <= ${s.now}::timestamptz and d.ends_at > ${s.now}::timestamptz
       order by d.delegator_id, d.starts_at desc, d.id desc
    ), mine as (
      select distinct on (k.instance_id) k.instance_id, k.since, k.due_at,
             case when k.approver_id = ${s.employeeId}::uuid then null else k.approver_id end as on_behalf_of
        from approval_tasks k
        join approval_instances i on i.tenant_id = k.tenant_id and i.id = k.instance_id
       where k.tenant_id = ${s.tenantId} and k.on_behalf_of is null
         and (k.approver_id = ${s.employeeId}::uuid
              or (i.requester_id <> ${s.employeeId}::uuid
                  and not coalesce(i.state->'subject'->'travellerIds', '[]'::jsonb) @> jsonb_build_array(${s.employeeId}::text)
                  and k.approver_id in (select l.delegator_id from live l where l.delegate_id = ${s.employeeId}::uuid)))
       order by k.instance_id, (k.approver_id = ${s.employeeId}::uuid) desc, k.since
    )`;
}

/** The requester, joined onto `i` (approval_instances): the organisation's employees, read as the org module offers them. */
export const requesterJoin = sql`left join ${employees} e on e.tenant_id = i.tenant_id and e.id = i.requester_id`;

/** What an inbox page may be narrowed to; the counts are never narrowed (they are the badge's). */
export interface InboxFilters {
  subjectType?: string;
  /** Words found in the subject's reference, title or the requester's name (case-insensitive). */
  q?: string;
  /** Pending only: overdue now, or due later today (China time). */
  due?: 'overdue' | 'due_today';
}

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The subject filters over `i` and `e` (requesterJoin): true when none is set. */
export function subjectFilterSql(filters: InboxFilters): SQL {
  const parts: SQL[] = [];
  if (filters.subjectType) parts.push(sql`i.subject_type = ${filters.subjectType}`);
  for (const word of (filters.q ?? '').split(/\s+/).filter((w) => w !== '')) {
    const pattern = likePattern(word);
    parts.push(sql`(i.subject_code ilike ${pattern} or i.subject_title ilike ${pattern} or e.name ilike ${pattern})`);
  }
  return parts.length === 0 ? sql`true` : sql.join(parts, sql` and `);
}

/** A timestamp or date as read from either driver, as an ISO string. */
export function isoOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

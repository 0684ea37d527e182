import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { decodeCursor, invalidCursor, type Page, toPage } from '../../../platform/pagination/cursor.ts';
import { isUuid } from '../../../platform/ids.ts';
import { endOfChinaDay } from '../../../platform/time/china-time.ts';
import { rawRows } from '../../../platform/db/raw-rows.ts';
import { employees } from '../../org/index.ts';
import type { SubjectBrief, SubjectRegistry, SubjectType } from '../approval-work.ts';
import { readCcItems } from './cc-items.ts';
import { readDoneItems } from './done-items.ts';
import type { ApprovalStatus } from '../engine/index.ts';
import { type InboxFilters, type InboxScope, isoOf, mineCte, subjectFilterSql, requesterJoin, textOrNull } from './inbox-sql.ts';

export interface InboxItem {
  instanceId: string;
  subjectType: SubjectType;
  subjectId: string;
  subjectCode: string | null;
  title: string | null;
  requesterName: string;
  amountFen: number;
  stageName: string;
  /** Pending: since when the caller is asked; done: when the caller decided. */
  since: string;
  dueAt: string | null;
  onBehalfOf: { employeeId: string; name: string } | null;
  /** Where and when (from the subject's hooks; empty when the subject has none). */
  itinerary: SubjectBrief['itinerary'];
  /** What the approver should notice: over budget, out of policy … */
  flags: SubjectBrief['flags'];
  /** The approval's status (cc: whether it was approved or rejected). */
  status?: ApprovalStatus;
}

export interface InboxCounts {
  pending: number;
  overdue: number;
  /** Due later today (China time), not yet overdue. */
  dueToday: number;
}

export type Inbox = Page<InboxItem> & { counts: InboxCounts };

export interface InboxArgs {
  tenantId: string;
  /** The caller's employee; null (not an employee) has an empty inbox. */
  employeeId: string | null;
  /** pending: mine to decide; done: decided by me; cc: copied to me (抄送我的). */
  state: 'pending' | 'done' | 'cc';
  filters?: InboxFilters;
  cursor?: string;
  limit: number;
  now?: Date;
  /** The registered subjects, whose hooks give each item its itinerary and flags. */
  subjects?: SubjectRegistry;
}

/** Cursor key (timestamp text, id) from a previous page. */
export function cursorKey(cursor: string | undefined): [string, string] | null {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [at, id] = key.map(String);
  if (at === undefined || id === undefined || Number.isNaN(Date.parse(at)) || !isUuid(id)) throw invalidCursor();
  return [at, id];
}

async function counts(tx: Tx, scope: InboxScope, endOfDay: string): Promise<InboxCounts> {
  const [row] = rawRows(
    await tx.execute(sql`${mineCte(scope)}
      select count(*)::int as pending,
             count(*) filter (where due_at < ${scope.now}::timestamptz)::int as overdue,
             count(*) filter (where due_at >= ${scope.now}::timestamptz and due_at < ${endOfDay}::timestamptz)::int as due_today
        from mine`),
  );
  return { pending: Number(row?.pending ?? 0), overdue: Number(row?.overdue ?? 0), dueToday: Number(row?.due_today ?? 0) };
}

function dueFilterSql(due: InboxFilters['due'], scope: InboxScope, endOfDay: string) {
  if (due === 'overdue') return sql`m.due_at < ${scope.now}::timestamptz`;
  if (due === 'due_today') return sql`m.due_at >= ${scope.now}::timestamptz and m.due_at < ${endOfDay}::timestamptz`;
  return sql`true`;
}

async function pendingItems(
  tx: Tx,
  scope: InboxScope,
  page: { after: [string, string] | null; limit: number; filters: InboxFilters; endOfDay: string },
): Promise<Page<InboxItem>> {
  const { after, limit, filters } = page;
  const rows = rawRows(
    await tx.execute(sql`${mineCte(scope)}
      select m.instance_id::text as instance_id, m.since::text as since_key, m.since, m.due_at, m.on_behalf_of::text as on_behalf_of,
             b.name as on_behalf_of_name, i.subject_type, i.subject_id::text as subject_id, i.subject_code, i.subject_title, e.name as requester_name,
             (i.state->'subject'->>'amountFen')::float8 as amount_fen, i.state->'subject'->>'outOfPolicy' as out_of_policy,
             i.state->'stages'->((i.state->>'currentStageIndex')::int)->>'name' as stage_name
        from mine m
        join approval_instances i on i.tenant_id = ${scope.tenantId} and i.id = m.instance_id
        left join ${employees} b on b.tenant_id = i.tenant_id and b.id = m.on_behalf_of
        ${requesterJoin}
       where ${after === null ? sql`true` : sql`(m.since, m.instance_id) > (${after[0]}::timestamptz, ${after[1]}::uuid)`}
         and ${subjectFilterSql(filters)} and ${dueFilterSql(filters.due, scope, page.endOfDay)}
       order by m.since, m.instance_id
       limit ${limit + 1}`),
  );
  const found = toPage(rows, limit, (r) => [String(r.since_key), String(r.instance_id)]);
  return {
    nextCursor: found.nextCursor,
    items: found.items.map((r) => ({
      instanceId: String(r.instance_id),
      subjectType: String(r.subject_type),
      subjectId: String(r.subject_id),
      subjectCode: textOrNull(r.subject_code),
      title: textOrNull(r.subject_title),
      requesterName: textOrNull(r.requester_name) ?? '',
      amountFen: Number(r.amount_fen ?? 0),
      stageName: textOrNull(r.stage_name) ?? '',
      since: isoOf(r.since) ?? '',
      dueAt: isoOf(r.due_at),
      onBehalfOf: typeof r.on_behalf_of === 'string' ? { employeeId: r.on_behalf_of, name: textOrNull(r.on_behalf_of_name) ?? '' } : null,
      itinerary: [],
      flags: r.out_of_policy === 'true' ? [{ code: 'out_of_policy', note: null }] : [],
    })),
  };
}

/** Each item with its subject's itinerary and flags, asked of the subject's hooks once per type. */
async function withBriefs(tx: Tx, tenantId: string, items: InboxItem[], subjects: SubjectRegistry): Promise<InboxItem[]> {
  const briefs = new Map<string, SubjectBrief>();
  for (const type of new Set(items.map((i) => i.subjectType))) {
    const brief = Object.hasOwn(subjects, type) ? subjects[type]?.brief : undefined;
    if (!brief) continue;
    const found = await brief(
      tx,
      tenantId,
      items.filter((i) => i.subjectType === type).map((i) => i.subjectId),
    );
    for (const [id, b] of found) briefs.set(`${type}:${id}`, b);
  }
  return items.map((i) => {
    const b = briefs.get(`${i.subjectType}:${i.subjectId}`);
    if (!b) return i;
    // The subject's own flag says more (its note: the reason given) than the instance's bare one of the same code.
    const flags = [
      ...i.flags.map((g) => b.flags.find((f) => f.code === g.code) ?? g),
      ...b.flags.filter((f) => !i.flags.some((g) => g.code === f.code)),
    ];
    return { ...i, itinerary: b.itinerary, flags };
  });
}

/**
 * 待我审批 / 我已审批 / 抄送我的: what the caller can decide now (oldest first, with delegations in
 * force), has decided (latest first) or was copied on (latest first), a page at a time, with the counts of the pending ones. Filters
 * narrow the page (due applies to pending ones), never the counts.
 */
export async function readInbox(db: Db, args: InboxArgs): Promise<Inbox> {
  const after = cursorKey(args.cursor);
  const empty = { items: [], nextCursor: null, counts: { pending: 0, overdue: 0, dueToday: 0 } };
  const { employeeId } = args;
  if (employeeId === null) return empty;
  const now = args.now ?? new Date();
  const scope: InboxScope = { tenantId: args.tenantId, employeeId, now: now.toISOString() };
  const filters = args.filters ?? {};
  const endOfDay = endOfChinaDay(now).toISOString();
  return inTenantScope(db, [args.tenantId], async (tx) => {
    const page =
      args.state === 'pending'
        ? await pendingItems(tx, scope, { after, limit: args.limit, filters, endOfDay })
        : args.state === 'cc'
          ? await readCcItems(tx, scope, { after, limit: args.limit, filters })
          : await readDoneItems(tx, scope, { after, limit: args.limit, filters });
    const items = await withBriefs(tx, args.tenantId, page.items, args.subjects ?? {});
    return { ...page, items, counts: await counts(tx, scope, endOfDay) };
  });
}

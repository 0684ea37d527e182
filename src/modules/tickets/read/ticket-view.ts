import { isoOrNull } from '../../../platform/ids.ts';
import type { TicketMessageRow, TicketOrderLink, TicketRow } from '../ticket-types.ts';

/** A ticket as lists and its page show it. */
export interface TicketSummary {
  id: string;
  tenantId: string;
  number: number;
  subject: string;
  category: TicketRow['category'];
  priority: TicketRow['priority'];
  status: TicketRow['status'];
  channel: TicketRow['channel'];
  language: TicketRow['language'];
  requesterEmployeeId: string | null;
  requesterName: string;
  assigneeAccountId: string | null;
  teamId: string | null;
  tags: string[];
  firstResponseAt: string | null;
  solvedAt: string | null;
  reopenUntil: string | null;
  closedAt: string | null;
  followUpOf: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const summaryOf = (r: TicketRow): TicketSummary => ({
  id: r.id,
  tenantId: r.tenantId,
  number: r.number,
  subject: r.subject,
  category: r.category,
  priority: r.priority,
  status: r.status,
  channel: r.channel,
  language: r.language,
  requesterEmployeeId: r.requesterEmployeeId,
  requesterName: r.requesterName,
  assigneeAccountId: r.assigneeAccountId,
  teamId: r.teamId,
  tags: r.tags,
  firstResponseAt: isoOrNull(r.firstResponseAt),
  solvedAt: isoOrNull(r.solvedAt),
  reopenUntil: isoOrNull(r.reopenUntil),
  closedAt: isoOrNull(r.closedAt),
  followUpOf: r.followUpOf,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  version: r.version,
});

export interface TicketMessageView {
  id: string;
  kind: 'public' | 'note';
  authorKind: TicketMessageRow['authorKind'];
  authorName: string;
  authorAccountId: string | null;
  body: string;
  channel: TicketMessageRow['channel'];
  createdAt: string;
}

export const messageOf = (m: TicketMessageRow): TicketMessageView => ({
  id: m.id,
  kind: m.kind,
  authorKind: m.authorKind,
  authorName: m.authorName,
  authorAccountId: m.authorAccountId,
  body: m.body,
  channel: m.channel,
  createdAt: m.createdAt.toISOString(),
});

export interface TicketDetail extends TicketSummary {
  messages: TicketMessageView[];
  orders: TicketOrderLink[];
}

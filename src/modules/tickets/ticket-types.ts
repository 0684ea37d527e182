import type { Actor } from '../access/index.ts';
import type { TicketCategory, TicketChannel, TicketPriority, TicketStatus } from './engine/ticket-lifecycle.ts';
import type { tickets, ticketMessages } from './schema.ts';

export type TicketRow = typeof tickets.$inferSelect;
export type TicketMessageRow = typeof ticketMessages.$inferSelect;
export type TicketLanguage = 'zh-CN' | 'en';

/** Who wrote a message or opened a ticket. */
export interface TicketAuthor {
  kind: 'requester' | 'agent' | 'system';
  /** The signed-in account (an agent's, or the requester's own). */
  accountId: string | null;
  /** The requester's employee id when the author is the requester. */
  employeeId: string | null;
  name: string;
}

/** An order the ticket is about, as the composition root resolved it for the tenant. */
export interface TicketOrderLink {
  orderId: string;
  trackingCode: string;
}

export interface NewTicketInput {
  tenantId: string;
  subject: string;
  /** The first message: the requester's words, or the agent's notes of a call, or an alert's description. */
  body: string;
  /** Whether the first message is public (the requester's own) or an internal note (an alert's details). */
  bodyKind?: 'public' | 'note';
  category: TicketCategory;
  /** Default: from the category (emergency → urgent, complaint → high, else normal). */
  priority?: TicketPriority;
  channel: TicketChannel;
  language: TicketLanguage;
  requester: { employeeId: string | null; name: string };
  author: TicketAuthor;
  actor: Actor;
  orders?: readonly TicketOrderLink[];
  tags?: readonly string[];
  /** The channel's reference of what opened it: a second create with the same one returns the first ticket. */
  sourceRef?: string;
  /** The first message's id on its channel (dedup of redelivered messages). */
  externalMessageId?: string;
  followUpOf?: string;
  at?: Date;
}

export interface NewMessageInput {
  tenantId: string;
  ticketId: string;
  kind: 'public' | 'note';
  author: TicketAuthor;
  body: string;
  channel: TicketChannel;
  externalId?: string;
  /** An agent may set the status with the message (reply and solve, reply and wait on the customer). */
  setStatus?: TicketStatus;
  actor: Actor;
  at?: Date;
}

export interface TicketPatch {
  subject?: string;
  status?: TicketStatus;
  priority?: TicketPriority;
  category?: TicketCategory;
  assigneeAccountId?: string | null;
  teamId?: string | null;
  tags?: readonly string[];
}

/** How the desk behaves; the composition root gives it from configuration. */
export interface TicketSettings {
  /** Hours a solved ticket can be reopened by a reply (then it is closed). */
  reopenWindowHours: number;
}

export const DEFAULT_TICKET_SETTINGS: TicketSettings = { reopenWindowHours: 7 * 24 };

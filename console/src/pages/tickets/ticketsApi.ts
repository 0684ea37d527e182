/**
 * Tickets (工单) through the generated client: the traveller's side (open, read, reply) and the
 * desk's (views, counts, changes, notes, timeline). Types are aliases of the generated schema.
 *
 * Operator staff serve several enterprises: the desk reads across all of them (X-Tenant-Id '', or
 * one enterprise when the desk is narrowed to it) and writes to the ticket's own enterprise. For a
 * traveller no header is named and the client sends none.
 */
import { answer, client } from '../../api/client';
import type { AnswerOf, BodyOf, QueryOf } from '../../api/types';
import { everyOf } from '../../api/values';

export type TicketPage = AnswerOf<'/api/v1/tickets', 'get'>;
export type TicketSummary = TicketPage['items'][number];
export type TicketDetail = AnswerOf<'/api/v1/tickets/{id}', 'get'>;
export type TicketMessage = TicketDetail['messages'][number];
export type TicketOrder = TicketDetail['orders'][number];
export type TicketStatus = TicketSummary['status'];
export type TicketCategory = TicketSummary['category'];
export type TicketPriority = TicketSummary['priority'];
export type TicketChannel = TicketSummary['channel'];
export type TicketQuery = QueryOf<'/api/v1/tickets', 'get'>;
export type TicketView = NonNullable<TicketQuery['view']>;
export type TicketViewCounts = AnswerOf<'/api/v1/tickets/views', 'get'>;
export type TicketCreate = BodyOf<'/api/v1/tickets', 'post'>;
export type TicketPatch = Omit<BodyOf<'/api/v1/tickets/{id}', 'patch'>, 'version'>;
export type TicketReply = BodyOf<'/api/v1/tickets/{id}/messages', 'post'>;
export type TicketReplied = AnswerOf<'/api/v1/tickets/{id}/messages', 'post'>;
export type TicketTimelineEntry = AnswerOf<'/api/v1/tickets/{id}/timeline', 'get'>[number];

/** Statuses in the order of a ticket's life. */
export const TICKET_STATUSES = everyOf<TicketStatus>()([
  'new',
  'open',
  'pending_customer',
  'pending_supplier',
  'on_hold',
  'solved',
  'closed',
]);
export const TICKET_CATEGORIES = everyOf<TicketCategory>()([
  'inquiry',
  'change',
  'refund',
  'complaint',
  'emergency',
  'invoice',
  'booking',
  'other',
]);
export const TICKET_PRIORITIES = everyOf<TicketPriority>()(['low', 'normal', 'high', 'urgent']);
export const TICKET_CHANNELS = everyOf<TicketChannel>()([
  'web',
  'chat',
  'email',
  'phone',
  'wecom',
  'dingtalk',
  'feishu',
  'api',
  'monitoring',
]);
/** The desk's views, in the order of the tabs ('requested' is the traveller's list). */
export const DESK_VIEWS = ['mine', 'unassigned', 'pending', 'all'] as const satisfies readonly TicketView[];
export type DeskView = (typeof DESK_VIEWS)[number];

/**
 * The enterprises a call reads: undefined leaves the header to the client (a traveller's own),
 * '' names every enterprise the operator serves, an id names one.
 */
export type TicketScope = string | undefined;
const scoped = (scope: TicketScope) => (scope === undefined ? {} : { headers: { 'X-Tenant-Id': scope } });
const ticket = (id: string, scope: TicketScope) => ({ params: { path: { id } }, ...scoped(scope) });

export const ticketsApi = {
  list: (scope: TicketScope, query: TicketQuery) => answer(client.GET('/api/v1/tickets', { params: { query }, ...scoped(scope) })),
  counts: (scope: TicketScope) => answer(client.GET('/api/v1/tickets/views', scoped(scope))),
  /** Whom an enterprise's tickets may be assigned to (its operator staff whose roles work tickets). */
  assignees: (tenantId: string) =>
    answer(client.GET('/api/v1/tickets/assignees', { params: { query: { tenantId } } })).then((r) => r.items),
  get: (id: string, scope: TicketScope) => answer(client.GET('/api/v1/tickets/{id}', ticket(id, scope))),
  timeline: (id: string, scope: TicketScope) => answer(client.GET('/api/v1/tickets/{id}/timeline', ticket(id, scope))),
  /** 联系客服: a traveller opens a ticket for themself (in their own enterprise). */
  open: (body: TicketCreate) => answer(client.POST('/api/v1/tickets', { body })),
  reply: (id: string, scope: TicketScope, body: TicketReply) =>
    answer(client.POST('/api/v1/tickets/{id}/messages', { ...ticket(id, scope), body })),
  /** A change of the desk, with the version the agent saw (CONCURRENT_UPDATE when it moved on meanwhile). */
  update: (id: string, scope: TicketScope, version: number, patch: TicketPatch) =>
    answer(client.PATCH('/api/v1/tickets/{id}', { ...ticket(id, scope), body: { version, ...patch } })),
};

/**
 * Tickets (工单): the support desk's unit of work — one customer matter of one enterprise, from any
 * channel (web form, chat, email, phone, WeCom / DingTalk / Feishu, API, monitoring alerts), with
 * its conversation of public replies and internal notes, its status, routing and field history on
 * the timeline. createTicket is the one way every channel opens one.
 */
export {
  ACTIVE_STATUSES,
  agentMayMove,
  isActive,
  statusAfterRequesterMessage,
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketCategory,
  type TicketChannel,
  type TicketPriority,
  type TicketStatus,
} from './engine/ticket-lifecycle.ts';
export { createTicket, type CreatedTicket } from './create-ticket.ts';
export { addMessage, type AddedMessage } from './add-message.ts';
export { updateTicket, type FieldChange, type UpdateTicketInput } from './update-ticket.ts';
export { ticketDetail } from './read/ticket-detail.ts';
export { ticketById, ticketOfChannelMessage } from './read/find-ticket.ts';
export { ticketFacts, type TicketHistoryFact } from './read/ticket-facts.ts';
export {
  keepForReview,
  listIntakeReviews,
  lockOpenReview,
  resolveReview,
  type IntakeReason,
  type IntakeReviewRow,
  type NewIntakeReview,
} from './intake-reviews.ts';
export type { TicketDetail, TicketSummary } from './read/ticket-view.ts';
export type { TicketViewer } from './read/ticket-viewer.ts';
export { ticketRoutes, type TicketRouteOptions } from './routes/ticket-routes.ts';
export { ticketAuditLabels } from './audit-labels.ts';
export { seedSampleTickets, type SampleTicketPeople } from './seed-sample-tickets.ts';
export {
  DEFAULT_TICKET_SETTINGS,
  type NewMessageInput,
  type NewTicketInput,
  type TicketAuthor,
  type TicketOrderLink,
  type TicketPatch,
  type TicketRow,
  type TicketSettings,
} from './ticket-types.ts';

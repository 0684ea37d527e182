/** The mail channel's pure rules: reply tokens and addresses, quote stripping, threading. */
export { signTicketToken, verifyTicketToken, TICKET_TOKEN_LENGTH } from './ticket-token.ts';
export { replyAddress, tokenOfAddress, isSupportAddress } from './reply-address.ts';
export { stripQuotedHistory, REPLY_ABOVE_MARKER } from './strip-quoted.ts';
export { decideThread, normalizeMessageId, type ThreadDecision, type ThreadInput } from './thread-decision.ts';

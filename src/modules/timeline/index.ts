/**
 * Timeline (时间线): every state change of a request, order, ticket, alert or incident as an event
 * on its entity's timeline, written together with its audit entry (recordChange).
 */
export { recordChange, type Change } from './record-change.ts';
export { readTimeline, timelineIn, type TimelineEventView } from './read-timeline.ts';

/**
 * SLA (服务等级): policies matched to tickets, business calendars that know China's statutory
 * holidays and make-up working days, and the clock that turns a ticket's history into deadlines.
 * The rules are the pure engine (engine/); storing deadlines and firing timers come with the
 * support desk's tickets.
 */
export * from './engine/index.ts';

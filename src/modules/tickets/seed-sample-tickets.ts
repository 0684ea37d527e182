/**
 * The demo desk's tickets for one enterprise, made through the real use cases (so their timelines
 * and audit entries are what the product writes): a change request being worked, an invoice
 * question waiting on the customer, an overbooking complaint nobody has taken yet, and a solved
 * inquiry. Times are set back from `now` so the desk shows a working day's history.
 */
import type { Tx } from '../../platform/db/database.ts';
import { systemActor, type Actor } from '../access/index.ts';
import { addMessage } from './add-message.ts';
import { createTicket } from './create-ticket.ts';
import type { TicketCategory, TicketPriority } from './engine/ticket-lifecycle.ts';
import { DEFAULT_TICKET_SETTINGS, type TicketAuthor } from './ticket-types.ts';
import { updateTicket } from './update-ticket.ts';

export interface SampleTicketPeople {
  tenantId: string;
  /** Employees who ask (the demo traveller first). */
  requesters: { employeeId: string; name: string }[];
  /** The desk agent serving the enterprise. */
  agent: { accountId: string; name: string } | null;
  now: Date;
}

interface Sample {
  subject: string;
  body: string;
  category: TicketCategory;
  priority?: TicketPriority;
  hoursAgo: number;
  /** The desk's part: replies (minutes after opening), then the status it is left in. */
  replies: { afterMinutes: number; body: string; status?: 'pending_customer' | 'solved' }[];
  assign: boolean;
}

const SAMPLES: Sample[] = [
  {
    subject: '航班延误，想改签到下午',
    body: '明早 MU5101 通知延误两小时，会议来不及，能否改签到当天下午的航班？',
    category: 'change',
    priority: 'high',
    hoursAgo: 3,
    replies: [{ afterMinutes: 4, body: '您好，已收到。正在为您查询当天下午的东航航班，稍后回复。' }],
    assign: true,
  },
  {
    subject: '发票抬头开错了',
    body: '上周上海出差的酒店发票抬头写成了个人名字，需要重开成公司抬头。',
    category: 'invoice',
    hoursAgo: 26,
    replies: [{ afterMinutes: 35, body: '您好，请提供公司全称和统一社会信用代码，我们联系酒店重开。', status: 'pending_customer' }],
    assign: true,
  },
  {
    subject: '到店被告知无房（超售）',
    body: '我现在在酒店前台，前台说已满房，订单明明显示已确认，请尽快处理！',
    category: 'complaint',
    priority: 'urgent',
    hoursAgo: 0.3,
    replies: [],
    assign: false,
  },
  {
    subject: '月结对账单在哪里下载',
    body: '财务需要 11 月的差旅月结对账单，在哪里可以下载？',
    category: 'inquiry',
    priority: 'low',
    hoursAgo: 50,
    replies: [
      {
        afterMinutes: 20,
        body: '您好，管理员可在「订单管理」按月份筛选后导出 CSV；正式对账单将于每月 5 日发送至财务邮箱。',
        status: 'solved',
      },
    ],
    assign: true,
  },
];

/** Seeds the samples; returns the tickets' ids. */
export async function seedSampleTickets(tx: Tx, people: SampleTicketPeople): Promise<string[]> {
  const seeded = systemActor('演示数据 demo');
  const made: string[] = [];
  for (const [i, sample] of SAMPLES.entries()) {
    const requester = people.requesters[i % people.requesters.length];
    if (!requester) return made;
    const openedAt = new Date(people.now.getTime() - sample.hoursAgo * 3_600_000);
    const author: TicketAuthor = { kind: 'requester', accountId: null, employeeId: requester.employeeId, name: requester.name };
    const { ticket } = await createTicket(tx, {
      tenantId: people.tenantId,
      subject: sample.subject,
      body: sample.body,
      category: sample.category,
      ...(sample.priority ? { priority: sample.priority } : {}),
      channel: 'web',
      language: 'zh-CN',
      requester,
      author,
      actor: { ...seeded, name: requester.name },
      at: openedAt,
    });
    made.push(ticket.id);
    const agent = people.agent;
    if (!agent) continue;
    const agentActor: Actor = { kind: 'account', id: agent.accountId, name: agent.name, requestId: null, ip: null };
    if (sample.assign) {
      await updateTicket(tx, {
        tenantId: people.tenantId,
        ticketId: ticket.id,
        patch: { assigneeAccountId: agent.accountId },
        actor: agentActor,
        settings: DEFAULT_TICKET_SETTINGS,
        at: new Date(openedAt.getTime() + 60_000),
      });
    }
    for (const reply of sample.replies) {
      await addMessage(
        tx,
        {
          tenantId: people.tenantId,
          ticketId: ticket.id,
          kind: 'public',
          author: { kind: 'agent', accountId: agent.accountId, employeeId: null, name: agent.name },
          body: reply.body,
          channel: 'web',
          ...(reply.status ? { setStatus: reply.status } : {}),
          actor: agentActor,
          at: new Date(openedAt.getTime() + reply.afterMinutes * 60_000),
        },
        DEFAULT_TICKET_SETTINGS,
      );
    }
  }
  return made;
}

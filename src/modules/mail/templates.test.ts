import { describe, expect, it } from 'vitest';
import { stripQuotedHistory } from './engine/strip-quoted.ts';
import { tokenOfAddress } from './engine/reply-address.ts';
import { verifyTicketToken } from './engine/ticket-token.ts';
import { agentReplyMail, ticketReceivedMail, ticketSolvedMail } from './templates.ts';
import { ticketNotification } from './ticket-notification.ts';

const SUPPORT = 'support@tripdesk.local';
const secret = Buffer.from('a-test-secret-of-32-bytes-length');
const ticketId = '0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b';
const ref = { requesterName: '张三', ticketNumber: 'T-2612-0001', subject: '机票改签' };

describe('mail templates', () => {
  it('ticket received (zh-CN): the number in the subject and the text, the reply marker first', () => {
    const mail = ticketReceivedMail('zh-CN', { ...ref, ticketUrl: 'https://tripdesk.local/t/T-2612-0001' });
    expect(mail.subject).toBe('[工单 T-2612-0001] 我们已收到您的请求：机票改签');
    expect(mail.text.split('\n')[0]).toMatch(/^##- 请在此行上方回复/);
    expect(mail.text).toContain('张三，您好：');
    expect(mail.text).toContain('工单号 T-2612-0001');
    expect(mail.text).toContain('查看工单： https://tripdesk.local/t/T-2612-0001');
    expect(mail.html).toContain('<a href="https://tripdesk.local/t/T-2612-0001">');
  });

  it('ticket received (en), without a ticket page', () => {
    const mail = ticketReceivedMail('en', { requesterName: 'Li Lei', ticketNumber: 'T-2612-0002', subject: 'Hotel refund' });
    expect(mail.subject).toBe('[Ticket T-2612-0002] We received your request: Hotel refund');
    expect(mail.text).toContain('Dear Li Lei,');
    expect(mail.text).toContain('ticket T-2612-0002');
    expect(mail.text).not.toContain('View the ticket');
  });

  it('agent reply: the reply’s lines and paragraphs, signed by the agent, in both languages', () => {
    const zh = agentReplyMail('zh-CN', {
      ...ref,
      agentName: '客服 王芳',
      replyText: '已为您改签到12月11日 CA1501。\n差价 ¥120 已退回。\n\n如有问题请回复。',
    });
    expect(zh.subject).toBe('[工单 T-2612-0001] 回复：机票改签');
    expect(zh.text).toContain('已为您改签到12月11日 CA1501。\n差价 ¥120 已退回。\n\n如有问题请回复。');
    expect(zh.text).toContain('客服 王芳\nTripdesk 客服中心');
    expect(zh.html).toContain('<p>已为您改签到12月11日 CA1501。<br>差价 ¥120 已退回。</p>\n<p>如有问题请回复。</p>');
    const en = agentReplyMail('en', { ...ref, requesterName: 'Li Lei', agentName: 'Wang Fang', replyText: 'Done.' });
    expect(en.subject).toBe('[Ticket T-2612-0001] Re: 机票改签');
    expect(en.text).toContain('Wang Fang\nTripdesk Support');
  });

  it('ticket solved: the CSAT link and the reopening window', () => {
    const zh = ticketSolvedMail('zh-CN', { ...ref, csatUrl: 'https://tripdesk.local/csat/abc?x=1&y=2', reopenDays: 7 });
    expect(zh.subject).toBe('[工单 T-2612-0001] 已解决：机票改签');
    expect(zh.text).toContain('请为本次服务评分（1–5 分）： https://tripdesk.local/csat/abc?x=1&y=2');
    expect(zh.text).toContain('请在 7 天内直接回复本邮件');
    expect(zh.html).toContain('<a href="https://tripdesk.local/csat/abc?x=1&amp;y=2">评价本次服务</a>');
    const en = ticketSolvedMail('en', { ...ref, csatUrl: 'https://tripdesk.local/csat/abc', reopenDays: 3 });
    expect(en.subject).toBe('[Ticket T-2612-0001] Solved: 机票改签');
    expect(en.text).toContain('Please rate our service (1–5): https://tripdesk.local/csat/abc');
    expect(en.text).toContain('within 3 days');
  });

  it('escapes what people typed in the HTML, and leaves the text as typed', () => {
    const mail = agentReplyMail('en', {
      ...ref,
      subject: '<b>x</b>',
      agentName: 'A & B',
      replyText: '<script>alert(1)</script> "quoted" \'single\'',
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &#39;single&#39;');
    expect(mail.html).toContain('A &amp; B');
    expect(mail.text).toContain('<script>alert(1)</script>');
    expect(mail.subject).toContain('<b>x</b>');
  });

  it('a reply typed above our mail, quoted by a client we do not know, stops at the marker', () => {
    const mail = agentReplyMail('zh-CN', { ...ref, agentName: '王芳', replyText: '已改签。' });
    expect(stripQuotedHistory(`谢谢！\n\n${mail.text}`)).toBe('谢谢！');
  });
});

describe('ticket notifications', () => {
  it('put the ticket’s signed reply address in Reply-To', () => {
    const out = ticketNotification({
      to: 'zhangsan@example.com',
      mail: ticketReceivedMail('zh-CN', ref),
      supportEmail: SUPPORT,
      tokenSecret: secret,
      ticketId,
    });
    const token = tokenOfAddress(out.replyTo, SUPPORT);
    expect(token).not.toBeNull();
    expect(verifyTicketToken(secret, token ?? '')).toBe(ticketId);
    expect(out).toMatchObject({ to: 'zhangsan@example.com', subject: '[工单 T-2612-0001] 我们已收到您的请求：机票改签' });
    expect(out.inReplyTo).toBeUndefined();
    expect(out.references).toBeUndefined();
  });

  it('answer the last mail of the thread and reference them all', () => {
    const thread = ['<m1@example.com>', '<m2@tripdesk.local>'];
    const out = ticketNotification({
      to: 'zhangsan@example.com',
      mail: ticketReceivedMail('en', ref),
      supportEmail: SUPPORT,
      tokenSecret: secret,
      ticketId,
      thread,
    });
    expect(out.inReplyTo).toBe('<m2@tripdesk.local>');
    expect(out.references).toEqual(thread);
  });
});

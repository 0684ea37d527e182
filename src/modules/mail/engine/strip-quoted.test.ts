import { describe, expect, it } from 'vitest';
import { REPLY_ABOVE_MARKER, stripQuotedHistory } from './strip-quoted.ts';

const lines = (...l: string[]) => l.join('\n');

describe('quoted history: attribution lines and > blocks', () => {
  it('Gmail (en): the attribution and the quote go', () => {
    const mail = lines(
      'Thanks, the new flight works for me.',
      '',
      'On Tue, Dec 8, 2026 at 10:00 AM Tripdesk Support <support@tripdesk.local> wrote:',
      '',
      '> Dear Li Lei,',
      '> Your flight was changed to CA1501.',
    );
    expect(stripQuotedHistory(mail)).toBe('Thanks, the new flight works for me.');
  });

  it('Gmail (en): an attribution wrapped over two lines, with a narrow no-break space before AM', () => {
    const mail = lines(
      'Works for me.',
      '',
      'On Tue, Dec 8, 2026 at 10:00\u202fAM Tripdesk Support <',
      'support@tripdesk.local> wrote:',
      '',
      '> Dear Li Lei,',
    );
    expect(stripQuotedHistory(mail)).toBe('Works for me.');
  });

  it('Gmail (zh-CN): 于…写道：', () => {
    const mail = lines(
      '好的，谢谢！',
      '',
      'Tripdesk 客服 <support@tripdesk.local> 于2026年12月8日周二 10:00写道：',
      '',
      '> 张三，您好：',
      '> 我们已收到您的请求。',
    );
    expect(stripQuotedHistory(mail)).toBe('好的，谢谢！');
  });

  it('网易 (163 / 126): 在 2026-12-08 10:00:00，xxx 写道：', () => {
    const mail = lines(
      '收到，谢谢。',
      '请问改签费是多少？',
      '',
      '在 2026-12-08 10:00:00，"Tripdesk 客服" <support@tripdesk.local> 写道：',
      '> 张三，您好：',
      '>',
      '> 工单号 T-2612-0001。',
    );
    expect(stripQuotedHistory(mail)).toBe('收到，谢谢。\n请问改签费是多少？');
  });

  it('Apple Mail (en), with its device signature', () => {
    const mail = lines(
      'Yes please, change both tickets.',
      '',
      'Sent from my iPhone',
      '',
      '> On Dec 8, 2026, at 10:00, Tripdesk Support <support@tripdesk.local> wrote:',
      '> ',
      '> Dear Li Lei,',
    );
    expect(stripQuotedHistory(mail)).toBe('Yes please, change both tickets.');
    const unquotedAttribution = lines(
      'Yes.',
      '',
      'On Dec 8, 2026, at 10:00, Tripdesk Support <support@tripdesk.local> wrote:',
      '',
      '> Dear Li Lei,',
    );
    expect(stripQuotedHistory(unquotedAttribution)).toBe('Yes.');
  });

  it('Apple Mail (zh): 2026年12月8日 10:00，xxx 写道：, and 发自我的iPhone', () => {
    const mail = lines(
      '可以，两张都改。',
      '',
      '发自我的iPhone',
      '',
      '2026年12月8日 10:00，Tripdesk 客服 <support@tripdesk.local> 写道：',
      '',
      '> 张三，您好：',
    );
    expect(stripQuotedHistory(mail)).toBe('可以，两张都改。');
  });

  it('keeps a reply written below the quote, and inline answers between quoted lines', () => {
    const below = lines(
      'On Tue, Dec 8, 2026 at 10:00 AM Tripdesk Support <support@tripdesk.local> wrote:',
      '> Which date?',
      '',
      'The 11th, please.',
    );
    expect(stripQuotedHistory(below)).toBe('The 11th, please.');
    const inline = lines('> Which date?', 'The 11th.', '> Which flight?', 'CA1501.');
    expect(stripQuotedHistory(inline)).toBe('The 11th.\nCA1501.');
  });

  it('an attribution with nothing quoted after it ends the new text', () => {
    const mail = lines(
      'OK.',
      '',
      '在 2026-12-08 10:00:00，"Tripdesk 客服" <support@tripdesk.local> 写道：',
      '张三，您好：',
      '工单号 T-2612-0001。',
    );
    expect(stripQuotedHistory(mail)).toBe('OK.');
  });

  it('a sentence ending in "wrote:" without a date or an address is the sender’s text', () => {
    const mail = lines('On Monday my manager wrote:', 'please book the 11th.');
    expect(stripQuotedHistory(mail)).toBe(mail);
    const zh = lines('我的经理写道：', '请订11日的航班。');
    expect(stripQuotedHistory(zh)).toBe(zh);
  });
});

describe('quoted history: separators after which everything is history', () => {
  it('QQ邮箱: ------------------ 原始邮件 ------------------ (with no-break spaces)', () => {
    const mail = lines(
      '好的，改签后的行程单也请发给我。',
      '',
      '',
      '------------------\u00a0原始邮件\u00a0------------------',
      '发件人: "Tripdesk 客服"<support@tripdesk.local>;',
      '发送时间: 2026年12月8日(星期二) 上午10:00',
      '收件人: "张三"<zhangsan@example.com>;',
      '主题: [工单 T-2612-0001] 我们已收到您的请求：机票改签',
      '',
      '张三，您好：',
    );
    expect(stripQuotedHistory(mail)).toBe('好的，改签后的行程单也请发给我。');
  });

  it('Foxmail (en UI): ------------------ Original ------------------', () => {
    const mail = lines(
      'Done, thank you.',
      '------------------ Original ------------------',
      'From: "Tripdesk Support"<support@tripdesk.local>;',
      'Date: Tue, Dec 8, 2026 10:00 AM',
    );
    expect(stripQuotedHistory(mail)).toBe('Done, thank you.');
  });

  it('Outlook (en): -----Original Message-----', () => {
    const mail = lines(
      'Please cancel the hotel too.',
      '',
      'Regards,',
      'Li Lei',
      '',
      '-----Original Message-----',
      'From: Tripdesk Support <support@tripdesk.local>',
      'Sent: Tuesday, December 8, 2026 10:00 AM',
      'To: Li Lei <lilei@example.com>',
      'Subject: [Ticket T-2612-0001] Flight change',
    );
    expect(stripQuotedHistory(mail)).toBe('Please cancel the hotel too.\n\nRegards,\nLi Lei');
  });

  it('Outlook (en): a From / Sent block under a line of underscores', () => {
    const mail = lines(
      'Approved.',
      '',
      '________________________________',
      'From: Tripdesk Support <support@tripdesk.local>',
      'Sent: Tuesday, December 8, 2026 10:00',
      'To: Li Lei <lilei@example.com>',
      'Subject: Flight change',
    );
    expect(stripQuotedHistory(mail)).toBe('Approved.');
  });

  it('Outlook (zh-CN): 发件人 / 发送时间 block, and -----原始邮件-----', () => {
    const block = lines(
      '好的，已经收到，谢谢。',
      '',
      '发件人: Tripdesk 客服 <support@tripdesk.local>',
      '发送时间: 2026年12月8日 10:00',
      '收件人: 张三 <zhangsan@example.com>',
      '主题: [工单 T-2612-0001] 回复：机票改签',
      '',
      '张三，您好：',
    );
    expect(stripQuotedHistory(block)).toBe('好的，已经收到，谢谢。');
    const separator = lines(
      '好的。',
      '',
      '-----原始邮件-----',
      '发件人: Tripdesk 客服 [mailto:support@tripdesk.local]',
      '发送时间: 2026年12月8日 10:00',
    );
    expect(stripQuotedHistory(separator)).toBe('好的。');
    const fullWidthColons = lines('好的。', '发件人：Tripdesk 客服', '时间：2026-12-08 10:00', '收件人：张三');
    expect(stripQuotedHistory(fullWidthColons)).toBe('好的。');
  });

  it('a From: line without a Sent / Date line after it is the sender’s text', () => {
    const mail = lines('From: Beijing', 'To: Shanghai', 'on the 11th, please.');
    expect(stripQuotedHistory(mail)).toBe(mail);
  });

  it('our own reply marker ends the new text when a client quotes without a header', () => {
    const mail = lines('OK, thanks', '', REPLY_ABOVE_MARKER, '', 'Dear Li Lei,', 'We received your request.');
    expect(stripQuotedHistory(mail)).toBe('OK, thanks');
  });
});

describe('signatures and what is kept', () => {
  it('drops the signature below "-- " (and below "--" when a client trimmed the space)', () => {
    expect(stripQuotedHistory(lines('Please change it.', '', '-- ', 'Li Lei', 'Finance'))).toBe('Please change it.');
    expect(stripQuotedHistory(lines('请改签。', '--', '张三'))).toBe('请改签。');
  });

  it('keeps dashes that are not a signature delimiter', () => {
    const mail = lines('Options:', '--- A: the 11th', '---', 'B: the 12th -- either is fine');
    expect(stripQuotedHistory(mail)).toBe(mail);
  });

  it('leaves a mail without history as it was (trimmed, CRLF as LF)', () => {
    expect(stripQuotedHistory('\r\n您好：\r\n\r\n我想改签。\r\n\r\n')).toBe('您好：\n\n我想改签。');
  });

  it('never empties a mail: history alone (a forward, a reply typed below nothing) keeps the whole text', () => {
    const mail = lines(
      '-----Original Message-----',
      'From: Li Lei <lilei@example.com>',
      'Sent: Tuesday, December 8, 2026 10:00',
      '',
      'My flight was cancelled.',
    );
    expect(stripQuotedHistory(mail)).toBe(mail);
    expect(stripQuotedHistory('> only a quote')).toBe('> only a quote');
    expect(stripQuotedHistory('')).toBe('');
  });

  it('keeps forwarded messages: mail forwarded to support is the request', () => {
    const mail = lines(
      'Please help with this.',
      '',
      '---------- Forwarded message ---------',
      'From: Airline <noreply@airline.example>',
      'Date: Tue, Dec 8, 2026 at 9:00 AM',
      'Subject: Flight cancelled',
      '',
      'Your flight CA1501 is cancelled.',
    );
    expect(stripQuotedHistory(mail)).toBe(mail);
    const signed = lines(
      '请处理。',
      '-- ',
      '张三',
      '',
      '-------- 转发邮件信息 --------',
      '发件人："航空公司" <noreply@airline.example>',
      '发送日期：2026-12-08 09:00:00',
      '',
      '-- ',
      '航空公司客服',
    );
    expect(stripQuotedHistory(signed)).toBe(lines('请处理。', '', ...signed.split('\n').slice(4)));
  });
});

import { describe, expect, it } from 'vitest';
import { parseInbound } from './parse-inbound.ts';
import { readMailFixture } from './testing/fixtures.ts';

describe('parsing inbound mail', () => {
  it('Foxmail, GB2312 with a GBK character: headers, body, the attachment with its Chinese name', async () => {
    const raw = readMailFixture('foxmail-gb2312-new.eml');
    // The fixture really is GB2312: the UTF-8 bytes of the name are nowhere in it, its GB2312 bytes are.
    expect(raw.includes(Buffer.from('=?gb2312?B?1cXI/Q==?='))).toBe(true);
    const mail = await parseInbound(raw);
    expect(mail.messageId).toBe('<202612080941070712345@example.com>');
    expect(mail.inReplyTo).toBeNull();
    expect(mail.references).toEqual([]);
    expect(mail.from).toEqual({ address: 'zhangsan@example.com', name: '张三' });
    expect(mail.to).toEqual([{ address: 'support@tripdesk.local', name: 'support' }]);
    expect(mail.cc).toEqual([{ address: 'wangrong@example.com', name: '王镕' }]);
    expect(mail.subject).toBe('机票改签：12月10日北京—上海 CA1501');
    expect(mail.text).toBe(
      '您好：\n\n我是市场部的张三。订单 F7KM-3QX9-K（北京—上海，12月10日 CA1501）需要改签到12月11日同一时间的航班，同行的王镕也一起改。\n\n行程单见附件，谢谢！',
    );
    expect(mail.fullText).toContain('-- \n张三\n市场部 | 138 0013 8000');
    expect(mail.html).toContain('同行的王镕也一起改');
    expect(mail.date?.toISOString()).toBe('2026-12-08T01:41:07.000Z');
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect(pdf).toMatchObject({ filename: '行程单.pdf', contentType: 'application/pdf', inline: false });
    expect(pdf?.content.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pdf?.content.toString('utf8')).toContain('%%行程单 CA1501');
    expect(pdf?.size).toBe(pdf?.content.length);
  });

  it('QQ邮箱, GB18030 base64: the reply above 原始邮件, without 发自我的iPhone; its threading headers', async () => {
    const mail = await parseInbound(readMailFixture('qq-gb18030-reply.eml'));
    expect(mail.subject).toBe('回复：[工单 T-2612-0001] 我们已收到您的请求：机票改签');
    expect(mail.text).toBe('好的，改签后的行程单也请发给我。');
    expect(mail.fullText).toContain('------------------\u00a0原始邮件\u00a0------------------');
    expect(mail.inReplyTo).toBe('<0b3c2a1e-77aa-4c2b-9a0e-5f0e8d2c1b10@tripdesk.local>');
    expect(mail.references).toEqual(['<0b3c2a1e-77aa-4c2b-9a0e-5f0e8d2c1b10@tripdesk.local>']);
    expect(mail.to[0]?.address).toBe('support+t.0123456789abcdefghjkmnpqrstvwxyz0123456@tripdesk.local');
    expect(mail.html).toBeUndefined();
  });

  it('网易, GBK HTML only: text rendered from the markup, the blockquote and the -- signature stripped', async () => {
    const mail = await parseInbound(readMailFixture('netease-gbk-html-reply.eml'));
    expect(mail.from).toEqual({ address: 'zhang_san@163.com', name: '张三' });
    expect(mail.subject).toBe('Re:[工单 T-2612-0001] 我们已收到您的请求：机票改签');
    expect(mail.text).toBe('收到，谢谢。\n请问改签费是多少？');
    expect(mail.fullText).toContain('> 我们已收到您的请求「机票改签」，工单号 T-2612-0001。');
    expect(mail.html).toContain('<blockquote id="isReplyContent"');
    expect(mail.references).toEqual(['<f00d@example.com>', '<0b3c2a1e-77aa-4c2b-9a0e-5f0e8d2c1b10@tripdesk.local>']);
    expect(mail.date?.toISOString()).toBe('2026-12-08T02:20:11.000Z');
  });

  it('Outlook, GB2312 quoted-printable: the reply above the 发件人 / 发送时间 block', async () => {
    const mail = await parseInbound(readMailFixture('outlook-gb2312-qp-reply.eml'));
    expect(mail.subject).toBe('答复: [工单 T-2612-0001] 回复：机票改签');
    expect(mail.text).toBe('好的，已经收到，谢谢。\n\n张三');
    expect(mail.inReplyTo).toBe('<7c1d9e20-2f4b-4f7e-8a51-3f7d3d2b9a41@tripdesk.local>');
    expect(mail.references).toEqual([]);
    expect(mail.date?.toISOString()).toBe('2026-12-08T02:31:09.000Z');
  });

  it('Gmail, UTF-8 quoted-printable: Q-encoded subject, a wrapped attribution, the signature', async () => {
    const mail = await parseInbound(readMailFixture('gmail-utf8-reply.eml'));
    expect(mail.messageId).toBe('<CAF=k9q+Lz8mJ2xR0aPq7wYv@mail.gmail.com>');
    expect(mail.subject).toBe('Re: [Ticket T-2612-0001] Flight change 改签');
    expect(mail.text).toBe('Thanks, the new flight works for me.\n\nCould you also send the updated itinerary (行程单)?');
    expect(mail.fullText).toContain('> Your flight was changed to CA1501 on 11 December.');
    expect(mail.references).toEqual(['<aa11@tripdesk.local>', '<7c1d9e20-2f4b-4f7e-8a51-3f7d3d2b9a41@tripdesk.local>']);
  });

  it('GB18030 in 8bit with a four-byte character, in the Q-encoded subject and the body', async () => {
    const raw = readMailFixture('gb18030-8bit.eml');
    expect(raw.includes(Buffer.from([0x95, 0x34, 0xb2, 0x35]))).toBe(true);
    const mail = await parseInbound(raw);
    expect(mail.from).toEqual({ address: 'lilei@example.com', name: '李雷' });
    expect(mail.subject).toBe('𠮷野家附近的酒店');
    expect(mail.text).toBe('请帮我订𠮷野家附近的酒店，12月12日入住一晚。');
  });

  it('a bare mail: no Message-ID, no Date, no From; grouped and upper-case addresses flattened', async () => {
    const raw = Buffer.from(
      [
        'To: Travel Team: Li Lei <LiLei@Example.com>, han@example.com;, Support <support@tripdesk.local>',
        'Subject: hello',
        'Date: not a date',
        '',
        'Body line',
        '',
      ].join('\r\n'),
    );
    const mail = await parseInbound(raw);
    expect(mail.messageId).toBeNull();
    expect(mail.from).toBeNull();
    expect(mail.date).toBeNull();
    expect(mail.to.map((a) => a.address)).toEqual(['lilei@example.com', 'han@example.com', 'support@tripdesk.local']);
    expect(mail.text).toBe('Body line');
    expect(mail.attachments).toEqual([]);
  });

  it('inline images stay attachments with their Content-ID, and cid: links stay in the HTML', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const raw = Buffer.from(
      [
        'From: a@example.com',
        'To: support@tripdesk.local',
        'Subject: screenshot',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>See the error:</p><img src="cid:shot1@example.com">',
        '--b1',
        'Content-Type: image/png',
        'Content-Transfer-Encoding: base64',
        'Content-ID: <shot1@example.com>',
        'Content-Disposition: inline',
        '',
        png.toString('base64'),
        '--b1--',
        '',
      ].join('\r\n'),
    );
    const mail = await parseInbound(raw);
    expect(mail.html).toContain('cid:shot1@example.com');
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({
      filename: 'attachment-1',
      contentType: 'image/png',
      contentId: 'shot1@example.com',
      inline: true,
    });
    expect(mail.attachments[0]?.content.equals(png)).toBe(true);
  });
});

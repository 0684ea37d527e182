import { describe, expect, it } from 'vitest';
import { replyAddress } from './reply-address.ts';
import { signTicketToken } from './ticket-token.ts';
import { decideThread, normalizeMessageId, type ThreadInput } from './thread-decision.ts';

const SUPPORT = 'support@tripdesk.local';
const secret = Buffer.from('a-test-secret-of-32-bytes-length');
const ticketA = '0193a5b2-7c4d-7e8f-9a0b-1c2d3e4f5a6b';
const ticketB = '0193a5b2-9999-7e8f-9a0b-1c2d3e4f5a6b';
const replyTo = (ticketId: string) => replyAddress(SUPPORT, signTicketToken(secret, ticketId));

const input = (over: Partial<ThreadInput>): ThreadInput => ({
  inReplyTo: null,
  references: [],
  recipients: [SUPPORT],
  supportEmail: SUPPORT,
  secret,
  ...over,
});

describe('threading decision', () => {
  it('a valid token in a recipient wins over Message-IDs', () => {
    const decision = decideThread(
      input({ recipients: [replyTo(ticketA)], inReplyTo: '<n1@tripdesk.local>', references: ['<n0@tripdesk.local>'] }),
    );
    expect(decision).toEqual({ kind: 'token', ticketId: ticketA });
  });

  it('finds the token among several recipients (an envelope recipient, a Cc), first valid one first', () => {
    expect(decideThread(input({ recipients: ['lilei@example.com', SUPPORT, replyTo(ticketB)] }))).toEqual({
      kind: 'token',
      ticketId: ticketB,
    });
    expect(decideThread(input({ recipients: [replyTo(ticketA), replyTo(ticketB)] }))).toEqual({ kind: 'token', ticketId: ticketA });
  });

  it('a forged or damaged token counts for nothing: the Message-IDs decide', () => {
    const forged = replyAddress(SUPPORT, signTicketToken(Buffer.from('another-secret-of-32-bytes-long!'), ticketA));
    const decision = decideThread(input({ recipients: [forged], inReplyTo: '<n1@tripdesk.local>' }));
    expect(decision).toEqual({ kind: 'references', messageIds: ['<n1@tripdesk.local>'] });
    expect(decideThread(input({ recipients: [forged] }))).toEqual({ kind: 'new' });
  });

  it('a token for another support address is not ours', () => {
    const elsewhere = replyAddress('help@other.example', signTicketToken(secret, ticketA));
    expect(decideThread(input({ recipients: [elsewhere] }))).toEqual({ kind: 'new' });
  });

  it('lists In-Reply-To first, then References newest first, once each, brackets normalised', () => {
    const decision = decideThread(
      input({ inReplyTo: 'n3@tripdesk.local', references: ['<n1@tripdesk.local>', '<n2@x>', '<n3@tripdesk.local>'] }),
    );
    expect(decision).toEqual({ kind: 'references', messageIds: ['<n3@tripdesk.local>', '<n2@x>', '<n1@tripdesk.local>'] });
  });

  it('skips malformed Message-IDs, and starts a ticket when nothing is left', () => {
    expect(decideThread(input({ inReplyTo: '<>', references: ['', 'two words@x'] }))).toEqual({ kind: 'new' });
    expect(decideThread(input({}))).toEqual({ kind: 'new' });
  });

  it('normalises Message-IDs to their bracketed form', () => {
    expect(normalizeMessageId(' <abc@host> ')).toBe('<abc@host>');
    expect(normalizeMessageId('abc@host')).toBe('<abc@host>');
    expect(normalizeMessageId('<<abc@host>>')).toBe('<abc@host>');
    expect(normalizeMessageId('<a b@host>')).toBeNull();
    expect(normalizeMessageId('')).toBeNull();
  });
});

/**
 * The new text of a reply: what the sender wrote, without the history their client quoted below
 * it or the signature under it. Works on the plain text of a mail (mailparser renders HTML-only
 * mail to text, blockquotes as `>` lines).
 *
 * Recognised, for the clients our users write with:
 * - attribution lines followed by `>`-quoted text: Gmail and Apple Mail `On … wrote:` (wrapped over
 *   up to three lines), Gmail zh-CN `张三 <a@b.cn> 于2026年12月8日周二 10:00写道：`, 网易 and Apple
 *   Mail zh `在 2026-12-08 10:00:00，张三 写道：`. The quoted block is dropped and text after it
 *   (a reply written below the quote) is kept; when no `>` block follows, the rest is history.
 * - separators after which everything is history: Outlook `-----Original Message-----` and
 *   `-----原始邮件-----`, QQ邮箱 / Foxmail `------------------ 原始邮件 ------------------` and
 *   `------------------ Original ------------------`, an Outlook header block (`From:` /
 *   `发件人:` followed within four lines by `Sent:` / `Date:` / `发送时间:` / `时间:` / `日期:`),
 *   and our own reply marker (REPLY_ABOVE_MARKER).
 * - `>` lines anywhere (inline answers keep the answers).
 * - the signature below a `-- ` line, and a trailing "Sent from my iPhone" / "发自我的iPhone".
 * Forwarded messages (`---------- Forwarded message ---------`, `Begin forwarded message:`,
 * `-------- 转发邮件信息 --------`) are kept from their marker on as they are: mail forwarded to
 * support is the request itself.
 *
 * A mail with nothing left (a forward, or history alone) keeps its whole text: a message is never
 * emptied by the stripping; the caller keeps the full text beside it anyway.
 */

/** Put at the top of our mails: a client that quotes without any header we know still stops here. */
export const REPLY_ABOVE_MARKER = '##- 请在此行上方回复 · Please reply above this line -##';

const MAX_ATTRIBUTION_LINES = 3;
const MAX_ATTRIBUTION_LENGTH = 400;

const QUOTED = /^\s*>/;
const BLANK = /^\s*$/;
const SEPARATORS: readonly RegExp[] = [/^\s*-{3,}\s*(Original Message|原始邮件|Original)\s*-{3,}\s*$/i, /^\s*##-.*-##\s*$/];
/** Forwarded mail is kept from here on as it is (Gmail, Apple Mail, 网易). */
const FORWARDED = /^\s*(-{3,}\s*(Forwarded message|转发的邮件|转发邮件信息)\s*-{3,}|Begin forwarded message:|以下为转发的邮件[:：])\s*$/i;
const HEADER_FROM = /^\s*\*?(From|发件人)\s*\*?\s*[:：]/i;
const HEADER_SENT = /^\s*\*?(Sent|Date|发送时间|时间|日期)\s*\*?\s*[:：]/i;
/** Lines that only rule off a header block (Outlook Web puts a line of underscores above `From:`). */
const RULE = /^\s*(_{5,}|-{5,}|={5,})\s*$/;
const SIGNATURE = /^-- ?$/;
const DEVICE_SIGNATURE = /^\s*(Sent from my .+|Get Outlook for .+|发自我的.+|从我的.+发送|发自网易邮箱.*|发自\s*QQ\s*邮箱.*)\s*$/i;

/** A year, a time of day or an address: what tells a client's attribution from a sentence ending in "wrote:". */
const DATED_OR_ADDRESSED = /\d{4}|\d{1,2}:\d{2}|[^\s<>]+@[^\s<>]+/;

function isAttribution(text: string): boolean {
  if (text.length > MAX_ATTRIBUTION_LENGTH || !DATED_OR_ADDRESSED.test(text)) return false;
  return /^\s*On\s[\s\S]*\swrote:\s*$/.test(text) || /写道\s*[:：]\s*$/.test(text);
}

/** How many lines an attribution starting at line i spans (0 when there is none). */
function attributionAt(lines: readonly string[], i: number): number {
  let joined = '';
  for (let n = 1; n <= MAX_ATTRIBUTION_LINES && i + n <= lines.length; n += 1) {
    const line = lines[i + n - 1] ?? '';
    if (n > 1 && (BLANK.test(line) || QUOTED.test(line))) return 0;
    joined = n === 1 ? line : `${joined} ${line.trim()}`;
    if (isAttribution(joined)) return n;
  }
  return 0;
}

function isSeparatorAt(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (SEPARATORS.some((re) => re.test(line))) return true;
  if (!HEADER_FROM.test(line)) return false;
  for (let k = i + 1; k <= i + 4 && k < lines.length; k += 1) if (HEADER_SENT.test(lines[k] ?? '')) return true;
  return false;
}

function dropTrailing(lines: string[], pattern: RegExp): void {
  while (lines.length > 0 && pattern.test(lines[lines.length - 1] ?? '')) lines.pop();
}

function newLines(lines: readonly string[]): string[] {
  const kept: string[] = [];
  let forwarded: readonly string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (FORWARDED.test(line)) {
      forwarded = lines.slice(i);
      break;
    }
    if (isSeparatorAt(lines, i)) {
      dropTrailing(kept, BLANK);
      dropTrailing(kept, RULE);
      break;
    }
    const span = attributionAt(lines, i);
    if (span > 0) {
      let j = i + span;
      while (j < lines.length && BLANK.test(lines[j] ?? '')) j += 1;
      if (j >= lines.length || !QUOTED.test(lines[j] ?? '')) break;
      while (j < lines.length && (QUOTED.test(lines[j] ?? '') || BLANK.test(lines[j] ?? ''))) j += 1;
      i = j;
      continue;
    }
    if (!QUOTED.test(line)) kept.push(line);
    i += 1;
  }
  // The signature and device line are the sender's own, above anything forwarded.
  const signature = kept.findIndex((line) => SIGNATURE.test(line));
  if (signature >= 0) kept.length = signature;
  dropTrailing(kept, BLANK);
  dropTrailing(kept, DEVICE_SIGNATURE);
  return forwarded.length > 0 ? [...kept, '', ...forwarded] : kept;
}

/** The text the sender wrote, trimmed; the whole text (trimmed) when stripping would leave nothing. */
export function stripQuotedHistory(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const stripped = newLines(lines).join('\n').trim();
  return stripped === '' ? text.replace(/\r\n?/g, '\n').trim() : stripped;
}

/**
 * Saved mails as their clients send them (charsets, transfer encodings and quoting as those clients
 * write them), for the mail module's tests. The bytes were made with iconv-lite's encoders.
 */
import { readFileSync } from 'node:fs';

export type FixtureName =
  | 'foxmail-gb2312-new.eml'
  | 'qq-gb18030-reply.eml'
  | 'netease-gbk-html-reply.eml'
  | 'outlook-gb2312-qp-reply.eml'
  | 'gmail-utf8-reply.eml'
  | 'gb18030-8bit.eml';

export const readMailFixture = (name: FixtureName): Buffer => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

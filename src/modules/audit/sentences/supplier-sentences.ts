import { quoted, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const supplierZh = (p: SentenceParts) => (p.label ? `供应商${quoted(p.label, 'zh-CN')}` : '一家供应商');
const supplierEn = (p: SentenceParts) => (p.label ? `the supplier${quoted(p.label, 'en')}` : 'a supplier');
const statusNames: Record<string, [string, string]> = {
  active: ['正常', 'active'],
  probation: ['观察期', 'on probation'],
  suspended: ['暂停', 'suspended'],
};
const statusOf = (v: unknown, i: 0 | 1) => statusNames[String(v)]?.[i] ?? (i === 0 ? '新状态' : 'a new status');
const reasonZh = (p: SentenceParts) => (text(p.data.reason) ? `，原因：${text(p.data.reason)}` : '');
const reasonEn = (p: SentenceParts) => (text(p.data.reason) ? ` (reason: ${text(p.data.reason)})` : '');
const fieldNames: Record<string, [string, string]> = {
  nameZh: ['中文名称', 'Chinese name'],
  nameEn: ['英文名称', 'English name'],
  categories: ['业务类别', 'categories'],
  adapter: ['接入方式', 'adapter'],
  rankingWeight: ['排序权重', 'ranking weight'],
  credentials: ['接口凭据', 'credentials'],
  contacts: ['联系人', 'contacts'],
};
const fieldsOf = (v: unknown, i: 0 | 1) =>
  (Array.isArray(v) ? v : [])
    .filter((f): f is string => typeof f === 'string')
    .map((f) => fieldNames[f]?.[i] ?? f.replace(/([A-Z])/g, ' $1').toLowerCase())
    .join(i === 0 ? '、' : ', ');
const keyOf = (p: SentenceParts) => (text(p.data.keyId) ? ` ${text(p.data.keyId)}` : '');
const overlapZh = (p: SentenceParts) =>
  typeof p.data.overlapHours === 'number' ? `，旧密钥${p.data.overlapHours > 0 ? `继续有效 ${p.data.overlapHours} 小时` : '立即失效'}` : '';
const overlapEn = (p: SentenceParts) =>
  typeof p.data.overlapHours === 'number'
    ? p.data.overlapHours > 0
      ? `; the previous key works for ${p.data.overlapHours} more hours`
      : '; the previous key stopped at once'
    : '';

/** The supplier registry (供应商管理), on the platform's chain. */
export const supplierSentences: SentenceTable = {
  'supplier.created': { zh: (p) => `${p.who}新增了${supplierZh(p)}`, en: (p) => `${p.who} added ${supplierEn(p)}` },
  'supplier.updated': {
    zh: (p) => {
      const fields = fieldsOf(p.data.changed, 0);
      return `${p.who}修改了${supplierZh(p)}的资料${fields ? `（${fields}）` : ''}`;
    },
    en: (p) => {
      const fields = fieldsOf(p.data.changed, 1);
      return `${p.who} changed ${supplierEn(p)}${fields ? ` (${fields})` : ''}`;
    },
  },
  'supplier.status_changed': {
    zh: (p) => `${p.who}将${supplierZh(p)}的状态改为${statusOf(p.data.to, 0)}${reasonZh(p)}`,
    en: (p) => `${p.who} set ${supplierEn(p)} to ${statusOf(p.data.to, 1)}${reasonEn(p)}`,
  },
  'supplier.key_rotated': {
    zh: (p) => `${p.who}轮换了${supplierZh(p)}的签名密钥${keyOf(p)}${overlapZh(p)}`,
    en: (p) => `${p.who} rotated the signing key of ${supplierEn(p)}${keyOf(p) ? ` to${keyOf(p)}` : ''}${overlapEn(p)}`,
  },
  'supplier.key_revoked': {
    zh: (p) => `${p.who}吊销了${supplierZh(p)}的签名密钥${keyOf(p)}`,
    en: (p) => `${p.who} revoked the signing key${keyOf(p)} of ${supplierEn(p)}`,
  },
};

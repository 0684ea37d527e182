import { count, quoted, record, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const zq = (p: SentenceParts) => quoted(p.label, 'zh-CN');
const eq = (p: SentenceParts) => quoted(p.label, 'en');

const failureReasonZh: Record<string, string> = {
  unknown_account: '账号不存在',
  wrong_password: '密码错误',
  disabled: '账号已停用',
  password_sign_in_disabled: '企业已关闭密码登录，须使用单点登录',
};
const failureReasonEn: Record<string, string> = {
  unknown_account: 'no such account',
  wrong_password: 'wrong password',
  disabled: 'account disabled',
  password_sign_in_disabled: 'the enterprise signs in with single sign-on only',
};
const scopesOf = (p: SentenceParts) => (Array.isArray(p.data.scopes) ? p.data.scopes.filter((s) => typeof s === 'string').join(', ') : '');

/** Sign-in, sessions, API keys, enterprises and operator staff. */
export const authSentences: SentenceTable = {
  'auth.signed_in': {
    zh: (p) => `${p.who}登录了系统${p.data.method === 'phone' ? '（手机号）' : p.data.method === 'email' ? '（邮箱）' : ''}`,
    en: (p) =>
      `${p.who} signed in${p.data.method === 'phone' ? ' with a phone number' : p.data.method === 'email' ? ' with an email' : ''}`,
  },
  'auth.signed_out': { zh: (p) => `${p.who}退出了登录`, en: (p) => `${p.who} signed out` },
  'auth.sign_in_failed': {
    zh: (p) =>
      `${p.who}登录失败（${failureReasonZh[String(p.data.reason)] ?? '原因未知'}${count(p.data.failures) > 0 ? `，连续第 ${count(p.data.failures)} 次` : ''}）`,
    en: (p) =>
      `Failed sign-in as ${p.who} (${failureReasonEn[String(p.data.reason)] ?? 'unknown reason'}${count(p.data.failures) > 0 ? `, failure ${count(p.data.failures)}` : ''})`,
  },
  'auth.password_changed': { zh: (p) => `${p.who}修改了自己的密码`, en: (p) => `${p.who} changed their password` },
  'auth.password_change_failed': {
    zh: (p) => `${p.who}修改密码时输入的当前密码有误`,
    en: (p) => `${p.who} gave a wrong current password when changing it`,
  },
  'auth.slowed_down': {
    zh: (p) => `账号${zq(p) || p.who}连续 ${count(p.data.failures)} 次登录失败，已放慢登录（每次等待 ${count(p.data.delaySeconds)} 秒）`,
    en: (p) =>
      `Sign-ins of${eq(p) || ` ${p.who}`} slowed down after ${count(p.data.failures)} failures (${count(p.data.delaySeconds)} s each)`,
  },
  'api_key.created': {
    zh: (p) => `${p.who}创建了 API 密钥${zq(p)}${scopesOf(p) ? `（权限：${scopesOf(p)}）` : ''}`,
    en: (p) => `${p.who} created the API key${eq(p)}${scopesOf(p) ? ` (scopes: ${scopesOf(p)})` : ''}`,
  },
  'api_key.revoked': { zh: (p) => `${p.who}吊销了 API 密钥${zq(p)}`, en: (p) => `${p.who} revoked the API key${eq(p)}` },
  'tenant.created': {
    zh: (p) => `${p.who}开通了企业${zq(p)}`,
    en: (p) => `${p.who} onboarded the enterprise${quoted(text(p.data.nameEn) ?? p.label, 'en')}`,
  },
  'tenant.operators_set': {
    zh: (p) => `${p.who}调整了企业${zq(p)}的服务人员（共 ${count(p.data.accountIds)} 人）`,
    en: (p) => `${p.who} set the operator staff of${eq(p) || ' an enterprise'} (${count(p.data.accountIds)} people)`,
  },
  'demo.seeded': {
    zh: (p) => `${p.who}写入了演示数据${count(record(p.data).employees) ? `（${count(p.data.employees)} 名员工）` : ''}`,
    en: (p) => `${p.who} loaded the demo data${count(p.data.employees) ? ` (${count(p.data.employees)} employees)` : ''}`,
  },
};

import { count, quoted, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const zq = (p: SentenceParts) => quoted(p.label, 'zh-CN');
const eq = (p: SentenceParts) => quoted(p.label, 'en');

const roleNames: Record<string, [string, string]> = {
  traveller: ['出差员工', 'traveller'],
  approver: ['审批人', 'approver'],
  travel_admin: ['差旅管理员', 'travel administrator'],
  finance: ['财务', 'finance'],
  executive: ['高管', 'executive'],
  agent: ['客服专员', 'service agent'],
  account_manager: ['专属客户经理', 'account manager'],
  operations: ['运营监控', 'operations monitor'],
  supervisor: ['客服主管', 'service supervisor'],
  platform_admin: ['平台管理员', 'platform administrator'],
  auditor: ['审计员', 'auditor'],
};
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
/** "差旅管理员、审批人" / "travel administrator, approver": roles in words, an unknown one humanised. */
const rolesZh = (v: unknown) =>
  strings(v)
    .map((r) => roleNames[r]?.[0] ?? r.replace(/_/g, ' '))
    .join('、');
const rolesEn = (v: unknown) =>
  strings(v)
    .map((r) => roleNames[r]?.[1] ?? r.replace(/_/g, ' '))
    .join(', ');
/** The account named: its resolved label, else the email the entry holds. */
const accountZh = (p: SentenceParts) => (p.label ? `账号${zq(p)}` : text(p.data.email) ? `账号“${text(p.data.email)}”` : '一个账号');
const accountEn = (p: SentenceParts) =>
  p.label ? `the account${eq(p)}` : text(p.data.email) ? `the account “${text(p.data.email)}”` : 'an account';
const inviteeZh = (p: SentenceParts) => (p.label ? zq(p) : text(p.data.email) ? `“${text(p.data.email)}”` : '一位用户');
const inviteeEn = (p: SentenceParts) => (p.label ? eq(p).trim() : text(p.data.email) ? `“${text(p.data.email)}”` : 'someone');
const offboardingZh = (p: SentenceParts) => (p.data.reason === 'offboarding' ? '（员工已离职）' : '');
const offboardingEn = (p: SentenceParts) => (p.data.reason === 'offboarding' ? ' (the employee left)' : '');

const ssoReasonNames: Record<string, [string, string]> = {
  unknown_tenant: ['企业不存在', 'no such enterprise'],
  sso_disabled: ['企业未启用单点登录', 'single sign-on is not enabled'],
  state_invalid: ['登录已过期或在其他浏览器发起', 'the sign-in expired or was started elsewhere'],
  provider_unavailable: ['身份提供方无法访问', 'the identity provider could not be reached'],
  provider_error: ['身份提供方返回错误', 'the identity provider answered with an error'],
  access_denied: ['身份提供方拒绝了授权', 'the identity provider denied access'],
  claim_missing: ['身份信息缺少员工标识', 'the identity carries no employee key'],
  email_unverified: ['邮箱未经验证', 'the email is not verified'],
  unknown_employee: ['找不到对应的员工', 'no matching employee'],
  employee_inactive: ['员工已停用', 'the employee is inactive'],
  no_account: ['员工没有账号且未开启首次登录自动开通', 'the employee has no account and none is created on first sign-in'],
  account_disabled: ['账号已停用', 'the account is disabled'],
};
const ssoReason = (p: SentenceParts, i: 0 | 1) => ssoReasonNames[String(p.data.reason)]?.[i] ?? (i === 0 ? '原因未知' : 'unknown reason');

const ssoFieldNames: Record<string, [string, string]> = {
  enabled: ['启用状态', 'on/off'],
  issuer: ['身份提供方地址', 'issuer'],
  clientId: ['客户端 ID', 'client ID'],
  clientSecretSet: ['客户端密钥', 'client secret'],
  scopes: ['授权范围', 'scopes'],
  matchBy: ['员工匹配方式', 'employee matching'],
  employeeNoClaim: ['工号字段', 'employee number claim'],
  jitEnabled: ['首次登录自动开通', 'accounts on first sign-in'],
  jitRoles: ['自动开通的角色', 'roles on first sign-in'],
  passwordSignInDisabled: ['密码登录', 'password sign-in'],
};
const tenantFieldNames: Record<string, [string, string]> = {
  code: ['企业编码', 'code'],
  name: ['名称', 'name'],
  nameEn: ['英文名称', 'English name'],
  shortName: ['简称', 'short name'],
  creditCode: ['统一社会信用代码', 'credit code'],
  tier: ['客户等级', 'tier'],
  contactName: ['联系人', 'contact'],
  contactPhone: ['联系电话', 'contact phone'],
  contactEmail: ['联系邮箱', 'contact email'],
};
/** The changed fields in words: "名称、联系人" / "name, contact"; '' when none is named. */
function fieldsOf(v: unknown, names: Record<string, [string, string]>, i: 0 | 1): string {
  const known = strings(v)
    .filter((f) => f !== 'updatedAt' && f !== 'configured')
    .map((f) => names[f]?.[i] ?? f.replace(/([A-Z])/g, ' $1').toLowerCase());
  return known.join(i === 0 ? '、' : ', ');
}
const ssoStateZh = (p: SentenceParts) =>
  p.data.enabled === true
    ? `，现已启用${p.data.passwordSignInDisabled === true ? '并关闭了密码登录' : ''}`
    : p.data.enabled === false
      ? '（未启用）'
      : '';
const ssoStateEn = (p: SentenceParts) =>
  p.data.enabled === true
    ? `; now on${p.data.passwordSignInDisabled === true ? ', password sign-in off' : ''}`
    : p.data.enabled === false
      ? ' (off)'
      : '';
const tenantZh = (p: SentenceParts) => (p.label ? `企业${zq(p)}` : '企业');
const tenantEn = (p: SentenceParts) => (p.label ? `the enterprise${eq(p)}` : 'the enterprise');
const reasonZh = (p: SentenceParts) => (text(p.data.reason) ? `，原因：${text(p.data.reason)}` : '');
const reasonEn = (p: SentenceParts) => (text(p.data.reason) ? `: ${text(p.data.reason)}` : '');

/** Accounts and their roles, invitations, single sign-on, and enterprises' particulars and status. */
export const accountSentences: SentenceTable = {
  'account.roles_changed': {
    zh: (p) => {
      const granted = rolesZh(p.data.granted);
      const revoked = rolesZh(p.data.revoked);
      const parts = [granted && `授予${granted}`, revoked && `收回${revoked}`].filter(Boolean).join('，');
      return `${p.who}调整了${accountZh(p)}的角色${parts ? `：${parts}` : ''}`;
    },
    en: (p) => {
      const granted = rolesEn(p.data.granted);
      const revoked = rolesEn(p.data.revoked);
      const parts = [granted && `granted ${granted}`, revoked && `revoked ${revoked}`].filter(Boolean).join('; ');
      return `${p.who} changed the roles of ${accountEn(p)}${parts ? `: ${parts}` : ''}`;
    },
  },
  'auth.account_disabled': {
    zh: (p) => `${p.who}停用了${accountZh(p)}${offboardingZh(p)}，结束了 ${count(p.data.sessionsEnded)} 个登录会话`,
    en: (p) => `${p.who} disabled ${accountEn(p)}${offboardingEn(p)} and ended ${count(p.data.sessionsEnded)} sessions`,
  },
  'auth.account_enabled': {
    zh: (p) => `${p.who}重新启用了${accountZh(p)}${p.data.reason === 'reactivation' ? '（员工已重新启用）' : ''}`,
    en: (p) => `${p.who} enabled ${accountEn(p)} again${p.data.reason === 'reactivation' ? ' (the employee was reactivated)' : ''}`,
  },
  'auth.account_created_sso': {
    zh: (p) => `首次单点登录时自动开通了${accountZh(p)}${rolesZh(p.data.roles) ? `，角色：${rolesZh(p.data.roles)}` : ''}`,
    en: (p) =>
      `${accountEn(p).replace(/^./, (c) => c.toUpperCase())} was created on a first single sign-on${rolesEn(p.data.roles) ? ` (roles: ${rolesEn(p.data.roles)})` : ''}`,
  },
  'auth.signed_in_sso': {
    zh: (p) =>
      `${p.who}通过单点登录进入了系统${p.data.matchedBy === 'email' ? '（按邮箱匹配）' : p.data.matchedBy === 'employee_no' ? '（按工号匹配）' : ''}${p.data.created === true ? '，账号为本次自动开通' : ''}`,
    en: (p) =>
      `${p.who} signed in with single sign-on${p.data.matchedBy === 'email' ? ' (matched by email)' : p.data.matchedBy === 'employee_no' ? ' (matched by employee number)' : ''}${p.data.created === true ? ', with an account created just now' : ''}`,
  },
  'auth.sso_refused': {
    zh: (p) => `单点登录被拒绝：${ssoReason(p, 0)}`,
    en: (p) => `A single sign-on was refused: ${ssoReason(p, 1)}`,
  },
  'sso.settings_updated': {
    zh: (p) => {
      const fields = fieldsOf(p.data.changed, ssoFieldNames, 0);
      return `${p.who}修改了单点登录设置${fields ? `（${fields}）` : ''}${ssoStateZh(p)}${p.data.clientSecret === 'replaced' ? '，更换了客户端密钥' : p.data.clientSecret === 'removed' ? '，移除了客户端密钥' : ''}`;
    },
    en: (p) => {
      const fields = fieldsOf(p.data.changed, ssoFieldNames, 1);
      return `${p.who} changed the single sign-on settings${fields ? ` (${fields})` : ''}${ssoStateEn(p)}${p.data.clientSecret === 'replaced' ? '; client secret replaced' : p.data.clientSecret === 'removed' ? '; client secret removed' : ''}`;
    },
  },
  'sso.connection_tested': {
    zh: (p) =>
      `${p.who}测试了单点登录连接${text(p.data.issuer) ? `（${text(p.data.issuer)}）` : ''}：${p.data.ok === true ? '成功' : `失败${text(p.data.error) ? `，${text(p.data.error)}` : ''}`}`,
    en: (p) =>
      `${p.who} tested the single sign-on connection${text(p.data.issuer) ? ` to ${text(p.data.issuer)}` : ''}: ${p.data.ok === true ? 'it works' : `it failed${text(p.data.error) ? ` (${text(p.data.error)})` : ''}`}`,
  },
  'invitation.created': {
    zh: (p) => `${p.who}邀请了${inviteeZh(p)}${rolesZh(p.data.roles) ? `，角色：${rolesZh(p.data.roles)}` : ''}`,
    en: (p) => `${p.who} invited ${inviteeEn(p)}${rolesEn(p.data.roles) ? ` as ${rolesEn(p.data.roles)}` : ''}`,
  },
  'invitation.resent': {
    zh: (p) => `${p.who}重新发送了给${inviteeZh(p)}的邀请，之前的链接已失效`,
    en: (p) => `${p.who} sent the invitation of ${inviteeEn(p)} again; the earlier link no longer works`,
  },
  'invitation.revoked': {
    zh: (p) => `${p.who}撤销了给${inviteeZh(p)}的邀请`,
    en: (p) => `${p.who} revoked the invitation of ${inviteeEn(p)}`,
  },
  'invitation.accepted': {
    zh: (p) => `${p.who}接受了邀请并设置了密码，账号已开通${rolesZh(p.data.roles) ? `（${rolesZh(p.data.roles)}）` : ''}`,
    en: (p) =>
      `${p.who} accepted the invitation and set a password; the account is open${rolesEn(p.data.roles) ? ` (${rolesEn(p.data.roles)})` : ''}`,
  },
  'tenant.updated': {
    zh: (p) => {
      const fields = fieldsOf(p.data.changed, tenantFieldNames, 0);
      return `${p.who}修改了${tenantZh(p)}的资料${fields ? `（${fields}）` : ''}`;
    },
    en: (p) => {
      const fields = fieldsOf(p.data.changed, tenantFieldNames, 1);
      return `${p.who} changed the particulars of ${tenantEn(p)}${fields ? ` (${fields})` : ''}`;
    },
  },
  'tenant.suspended': {
    zh: (p) => `${p.who}暂停了${tenantZh(p)}的服务${reasonZh(p)}`,
    en: (p) => `${p.who} suspended ${tenantEn(p)}${reasonEn(p)}`,
  },
  'tenant.reactivated': {
    zh: (p) => `${p.who}恢复了${tenantZh(p)}的服务${reasonZh(p)}`,
    en: (p) => `${p.who} reactivated ${tenantEn(p)}${reasonEn(p)}`,
  },
};

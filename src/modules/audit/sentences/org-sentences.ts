import { count, quoted, record, text } from './parts.ts';
import type { SentenceParts, SentenceTable } from './types.ts';

const zq = (p: SentenceParts) => quoted(p.label, 'zh-CN');
const eq = (p: SentenceParts) => quoted(p.label, 'en');

const fieldZh: Record<string, string> = { phone: '手机号', idCardNo: '身份证号', passportNo: '护照号', email: '邮箱' };
const fieldEn: Record<string, string> = {
  phone: 'phone number',
  idCardNo: 'ID card number',
  passportNo: 'passport number',
  email: 'email',
};

/** An entity that is created, updated and deleted: the three sentences. */
function crud(zhNoun: string, enNoun: string): SentenceTable {
  return {
    created: { zh: (p) => `${p.who}新建了${zhNoun}${zq(p)}`, en: (p) => `${p.who} created the ${enNoun}${eq(p)}` },
    updated: { zh: (p) => `${p.who}修改了${zhNoun}${zq(p)}`, en: (p) => `${p.who} changed the ${enNoun}${eq(p)}` },
    deleted: { zh: (p) => `${p.who}删除了${zhNoun}${zq(p)}`, en: (p) => `${p.who} deleted the ${enNoun}${eq(p)}` },
  };
}

function prefixed(prefix: string, table: SentenceTable): SentenceTable {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [`${prefix}.${k}`, v]));
}

const department = crud('部门', 'department');
const costCentre = crud('成本中心', 'cost centre');
const project = crud('项目', 'project');
const rank = crud('职级', 'rank');

/** Organisation: employees, departments, ranks, cost centres, projects, imports and HR sync. */
export const orgSentences: SentenceTable = {
  ...prefixed('department', department),
  ...prefixed('cost_centre', costCentre),
  ...prefixed('project', project),
  'rank.created': rank.created!,
  'rank.updated': rank.updated!,
  'employee.created': { zh: (p) => `${p.who}新建了员工${zq(p)}`, en: (p) => `${p.who} added the employee${eq(p)}` },
  'employee.updated': { zh: (p) => `${p.who}修改了员工${zq(p)}的资料`, en: (p) => `${p.who} changed the details of the employee${eq(p)}` },
  'employee.deactivated': { zh: (p) => `${p.who}停用了员工${zq(p)}`, en: (p) => `${p.who} deactivated the employee${eq(p)}` },
  'employee.reactivated': { zh: (p) => `${p.who}重新启用了员工${zq(p)}`, en: (p) => `${p.who} reactivated the employee${eq(p)}` },
  'employee.offboarded': {
    zh: (p) => {
      const keys = count(p.data.apiKeysRevoked);
      const handed = count(p.data.handedOver);
      const successor = text(p.data.successorName);
      return `${p.who}为员工${zq(p)}办理了离职：停用 ${count(p.data.accounts)} 个账号，结束 ${count(p.data.sessionsEnded)} 个登录会话${keys ? `，吊销 ${keys} 个 API 密钥` : ''}${handed ? `，转交 ${handed} 项待审批` : ''}${successor ? `，交接人：${successor}` : ''}`;
    },
    en: (p) => {
      const keys = count(p.data.apiKeysRevoked);
      const handed = count(p.data.handedOver);
      const successor = text(p.data.successorName);
      return `${p.who} offboarded the employee${eq(p)}: ${count(p.data.accounts)} accounts disabled, ${count(p.data.sessionsEnded)} sessions ended${keys ? `, ${keys} API keys revoked` : ''}${handed ? `, ${handed} pending approvals handed over` : ''}${successor ? `; successor: ${successor}` : ''}`;
    },
  },
  'employee.pii_revealed': {
    zh: (p) => `${p.who}查看了员工${zq(p)}的完整${fieldZh[String(p.data.field)] ?? '个人信息'}`,
    en: (p) => `${p.who} revealed the ${fieldEn[String(p.data.field)] ?? 'personal data'} of the employee${eq(p)}`,
  },
  'employee.found_by_phone': {
    zh: (p) => `${p.who}按完整手机号查到了员工${zq(p)}`,
    en: (p) => `${p.who} found the employee${eq(p)} by an exact phone number`,
  },
  'employee.imported': {
    zh: (p) =>
      `${p.who}导入了员工名单：新增 ${count(p.data.created)} 人，更新 ${count(p.data.updated)} 人，未变 ${count(p.data.unchanged)} 人`,
    en: (p) =>
      `${p.who} imported employees: ${count(p.data.created)} added, ${count(p.data.updated)} updated, ${count(p.data.unchanged)} unchanged`,
  },
  'org.hr_synced': {
    zh: (p) => {
      const d = record(p.data.departments);
      const e = record(p.data.employees);
      return `${p.who}同步了 HR 数据：部门新增 ${count(d.created)}、更新 ${count(d.updated)}；员工新增 ${count(e.created)}、更新 ${count(e.updated)}、停用 ${count(e.deactivated)}`;
    },
    en: (p) => {
      const d = record(p.data.departments);
      const e = record(p.data.employees);
      return `${p.who} synchronised from HR: departments ${count(d.created)} added, ${count(d.updated)} updated; employees ${count(e.created)} added, ${count(e.updated)} updated, ${count(e.deactivated)} deactivated`;
    },
  },
};

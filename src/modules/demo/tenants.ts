/**
 * Hand-written organisational blueprints of the two demo enterprises.
 * demo-data.ts turns these into employees, managers, projects and log-ins.
 */
import type { EnterpriseRole, OperatorRole } from './demo-data.ts';
import type { Gender } from './names.ts';

export interface RankSpec {
  code: string;
  name: string;
  level: number;
}

export interface DepartmentSpec {
  code: string;
  name: string;
  /** Rank code of the department head; must outrank every member. */
  head: string;
  /** Number of employees besides the head. */
  members: number;
  /** Overrides the tenant's memberRankWeights for this department's own members. */
  memberRankWeights?: [string, number][];
  /** Cost centre; inherited from the parent department when omitted. */
  costCentre?: string;
  children?: DepartmentSpec[];
}

export interface ProjectSpec {
  code: string;
  name: string;
  /** The project is owned by the head of this department. */
  ownerDepartment: string;
  /** Employees of these department subtrees may be staffed on the project. */
  staffedFrom: string[];
}

/**
 * How a demo log-in picks its employee inside `department` (the department
 * itself only, not its sub-departments):
 * - head: the department head;
 * - senior: the most senior ordinary member;
 * - junior: the most junior ordinary member (preferring one with a passport,
 *   and issuing one if needed so the demo traveller can fly abroad).
 */
export interface LoginSpec {
  email: string;
  department: string;
  pick: 'head' | 'senior' | 'junior';
}

export interface TenantSpec {
  code: string;
  name: string;
  nameEn: string;
  /** Employee number prefix, e.g. HC → HC00001. */
  employeeNoPrefix: string;
  emailDomain: string;
  /** joined: zhangwei@…, dotted: zhang.wei@… */
  emailStyle: 'joined' | 'dotted';
  employeeCount: number;
  /** Share of men among generated employees. */
  maleShare: number;
  ranks: RankSpec[];
  /** Ranks given to ordinary (non-head) members, with relative weights. */
  memberRankWeights: [string, number][];
  /** Top-level department whose head is the CEO. */
  ceoDepartment: string;
  departments: DepartmentSpec[];
  costCentres: { code: string; name: string }[];
  projects: ProjectSpec[];
  logins: Record<EnterpriseRole, LoginSpec>;
  inactiveCount: number;
}

const HUACHEN: TenantSpec = {
  code: 'huachen',
  name: '华辰智能制造集团有限公司',
  nameEn: 'Huachen Intelligent Manufacturing Group',
  employeeNoPrefix: 'HC',
  emailDomain: 'huachen.example.com',
  emailStyle: 'joined',
  employeeCount: 180,
  maleShare: 0.62,
  ranks: [
    { code: 'P1', name: '助理专员', level: 1 },
    { code: 'P2', name: '专员', level: 2 },
    { code: 'P3', name: '高级专员', level: 3 },
    { code: 'P4', name: '主管', level: 4 },
    { code: 'P5', name: '高级主管', level: 5 },
    { code: 'P6', name: '专家', level: 6 },
    { code: 'P7', name: '高级专家', level: 7 },
    { code: 'P8', name: '首席专家', level: 8 },
    { code: 'M1', name: '经理', level: 6 },
    { code: 'M2', name: '高级经理', level: 7 },
    { code: 'M3', name: '总监', level: 8 },
    { code: 'M4', name: '副总裁', level: 9 },
    { code: 'M5', name: '总裁', level: 10 },
  ],
  memberRankWeights: [
    ['P1', 4], ['P2', 9], ['P3', 9], ['P4', 6], ['P5', 3], ['P6', 1.5], ['P7', 0.6], ['P8', 0.3],
  ],
  ceoDepartment: 'HC-CEO',
  departments: [
    {
      code: 'HC-CEO', name: '总裁办', head: 'M5', members: 3, costCentre: 'HC-CC-GA',
      memberRankWeights: [['P3', 1], ['P4', 1], ['P5', 1]],
    },
    {
      code: 'HC-RD', name: '研发中心', head: 'M4', members: 1, costCentre: 'HC-CC-RD',
      memberRankWeights: [['P7', 1], ['P8', 1]],
      children: [
        {
          code: 'HC-RD-PLT', name: '平台研发部', head: 'M2', members: 1,
          memberRankWeights: [['P6', 2], ['P7', 1]],
          children: [
            { code: 'HC-RD-PLT-FE', name: '前端开发组', head: 'M1', members: 6 },
            { code: 'HC-RD-PLT-BE', name: '后端开发组', head: 'M1', members: 8 },
            { code: 'HC-RD-PLT-QA', name: '测试组', head: 'M1', members: 4 },
          ],
        },
        {
          code: 'HC-RD-EMB', name: '嵌入式研发部', head: 'M2', members: 1,
          memberRankWeights: [['P6', 2], ['P7', 1]],
          children: [
            { code: 'HC-RD-EMB-FW', name: '固件开发组', head: 'M1', members: 6 },
            { code: 'HC-RD-EMB-HW', name: '硬件设计组', head: 'M1', members: 5 },
          ],
        },
        {
          code: 'HC-RD-AI', name: '工业智能部', head: 'M2', members: 1,
          memberRankWeights: [['P6', 2], ['P7', 1]],
          children: [
            { code: 'HC-RD-AI-CV', name: '机器视觉组', head: 'M1', members: 4 },
            { code: 'HC-RD-AI-DATA', name: '工业数据组', head: 'M1', members: 3 },
          ],
        },
      ],
    },
    {
      code: 'HC-SAL', name: '销售中心', head: 'M4', members: 1, costCentre: 'HC-CC-SAL',
      children: [
        {
          code: 'HC-SAL-EC', name: '华东大区', head: 'M2', members: 1,
          children: [
            { code: 'HC-SAL-EC-SH', name: '上海销售部', head: 'M1', members: 7 },
            { code: 'HC-SAL-EC-HZ', name: '杭州销售部', head: 'M1', members: 5 },
            { code: 'HC-SAL-EC-NJ', name: '南京销售部', head: 'M1', members: 4 },
          ],
        },
        {
          code: 'HC-SAL-SC', name: '华南大区', head: 'M2', members: 1,
          children: [
            { code: 'HC-SAL-SC-SZ', name: '深圳销售部', head: 'M1', members: 6 },
            { code: 'HC-SAL-SC-GZ', name: '广州销售部', head: 'M1', members: 4 },
          ],
        },
        {
          code: 'HC-SAL-NC', name: '华北大区', head: 'M2', members: 1,
          children: [
            { code: 'HC-SAL-NC-BJ', name: '北京销售部', head: 'M1', members: 5 },
            { code: 'HC-SAL-NC-TJ', name: '天津销售部', head: 'M1', members: 3 },
          ],
        },
        { code: 'HC-SAL-KA', name: '大客户部', head: 'M2', members: 4 },
      ],
    },
    {
      code: 'HC-MFG', name: '生产制造中心', head: 'M4', members: 1, costCentre: 'HC-CC-MFG',
      children: [
        {
          code: 'HC-MFG-SZ', name: '苏州工厂', head: 'M2', members: 2,
          children: [
            { code: 'HC-MFG-SZ-ASM', name: '苏州总装车间', head: 'M1', members: 7 },
            { code: 'HC-MFG-SZ-QC', name: '苏州质量管理组', head: 'M1', members: 3 },
          ],
        },
        {
          code: 'HC-MFG-CD', name: '成都工厂', head: 'M2', members: 1,
          children: [
            { code: 'HC-MFG-CD-ASM', name: '成都总装车间', head: 'M1', members: 5 },
            { code: 'HC-MFG-CD-QC', name: '成都质量管理组', head: 'M1', members: 2 },
          ],
        },
      ],
    },
    {
      code: 'HC-SCM', name: '供应链管理部', head: 'M3', members: 1, costCentre: 'HC-CC-SCM',
      children: [
        { code: 'HC-SCM-PUR', name: '采购部', head: 'M1', members: 4 },
        { code: 'HC-SCM-LOG', name: '物流部', head: 'M1', members: 3 },
      ],
    },
    {
      code: 'HC-FIN', name: '财务部', head: 'M3', members: 1, costCentre: 'HC-CC-GA',
      children: [
        { code: 'HC-FIN-ACC', name: '会计核算组', head: 'M1', members: 3 },
        { code: 'HC-FIN-TRS', name: '资金管理组', head: 'M1', members: 1 },
        { code: 'HC-FIN-EXP', name: '费用管理组', head: 'M1', members: 2 },
      ],
    },
    {
      code: 'HC-HR', name: '人力资源部', head: 'M3', members: 1, costCentre: 'HC-CC-GA',
      children: [
        { code: 'HC-HR-REC', name: '招聘组', head: 'M1', members: 2 },
        { code: 'HC-HR-CB', name: '薪酬绩效组', head: 'M1', members: 1 },
      ],
    },
    {
      code: 'HC-ADM', name: '行政部', head: 'M3', members: 2, costCentre: 'HC-CC-GA',
      children: [
        { code: 'HC-ADM-TRV', name: '差旅服务组', head: 'M1', members: 2 },
      ],
    },
    {
      code: 'HC-MKT', name: '市场部', head: 'M3', members: 1, costCentre: 'HC-CC-MKT',
      children: [
        { code: 'HC-MKT-BR', name: '品牌公关组', head: 'M1', members: 2 },
        { code: 'HC-MKT-DM', name: '数字营销组', head: 'M1', members: 2 },
      ],
    },
  ],
  costCentres: [
    { code: 'HC-CC-GA', name: '管理费用-总部职能' },
    { code: 'HC-CC-RD', name: '研发费用-研发中心' },
    { code: 'HC-CC-SAL', name: '销售费用-销售中心' },
    { code: 'HC-CC-MFG', name: '制造费用-生产制造中心' },
    { code: 'HC-CC-SCM', name: '管理费用-供应链' },
    { code: 'HC-CC-MKT', name: '销售费用-市场推广' },
  ],
  projects: [
    {
      code: 'HC-PRJ-01', name: '智慧工厂二期', ownerDepartment: 'HC-MFG-SZ',
      staffedFrom: ['HC-MFG-SZ', 'HC-RD-AI', 'HC-RD-EMB'],
    },
    {
      code: 'HC-PRJ-02', name: '华南渠道拓展', ownerDepartment: 'HC-SAL-SC',
      staffedFrom: ['HC-SAL-SC', 'HC-MKT'],
    },
    {
      code: 'HC-PRJ-03', name: '新一代伺服驱动器研发', ownerDepartment: 'HC-RD-EMB',
      staffedFrom: ['HC-RD-EMB', 'HC-RD-PLT-QA', 'HC-MFG-SZ-QC'],
    },
    {
      code: 'HC-PRJ-04', name: 'ERP系统升级', ownerDepartment: 'HC-RD-PLT',
      staffedFrom: ['HC-RD-PLT', 'HC-FIN', 'HC-SCM'],
    },
    {
      code: 'HC-PRJ-05', name: '2026年度经销商大会', ownerDepartment: 'HC-MKT',
      staffedFrom: ['HC-MKT', 'HC-SAL-KA', 'HC-ADM'],
    },
  ],
  logins: {
    traveller: { email: 'traveller@huachen.example.com', department: 'HC-SAL-EC-SH', pick: 'junior' },
    approver: { email: 'approver@huachen.example.com', department: 'HC-SAL-EC-SH', pick: 'head' },
    travel_admin: { email: 'admin@huachen.example.com', department: 'HC-ADM-TRV', pick: 'head' },
    finance: { email: 'finance@huachen.example.com', department: 'HC-FIN-EXP', pick: 'head' },
    executive: { email: 'executive@huachen.example.com', department: 'HC-SAL', pick: 'head' },
  },
  inactiveCount: 5,
};

const YUNFAN: TenantSpec = {
  code: 'yunfan',
  name: '云帆数字科技股份有限公司',
  nameEn: 'Yunfan Digital Technology',
  employeeNoPrefix: 'YF',
  emailDomain: 'yunfan.example.com',
  emailStyle: 'dotted',
  employeeCount: 120,
  maleShare: 0.55,
  ranks: [
    { code: 'L1', name: '助理专员', level: 1 },
    { code: 'L2', name: '专员', level: 2 },
    { code: 'L3', name: '高级专员', level: 3 },
    { code: 'L4', name: '资深专员', level: 4 },
    { code: 'L5', name: '专家', level: 5 },
    { code: 'L6', name: '经理', level: 6 },
    { code: 'L7', name: '高级经理', level: 7 },
    { code: 'L8', name: '总监', level: 8 },
    { code: 'L9', name: '副总裁', level: 9 },
    { code: 'L10', name: '总裁', level: 10 },
  ],
  memberRankWeights: [
    ['L1', 3], ['L2', 8], ['L3', 9], ['L4', 6], ['L5', 3], ['L6', 1.5], ['L7', 0.6], ['L8', 0.3],
  ],
  ceoDepartment: 'YF-CEO',
  departments: [
    {
      code: 'YF-CEO', name: '总裁办', head: 'L10', members: 2, costCentre: 'YF-CC-GA',
      memberRankWeights: [['L3', 1], ['L4', 1], ['L5', 1]],
    },
    {
      code: 'YF-TECH', name: '技术中心', head: 'L9', members: 1, costCentre: 'YF-CC-TECH',
      memberRankWeights: [['L8', 1]],
      children: [
        {
          code: 'YF-TECH-PLT', name: '云平台部', head: 'L7', members: 1,
          memberRankWeights: [['L5', 2], ['L6', 1]],
          children: [
            { code: 'YF-TECH-PLT-INF', name: '基础架构组', head: 'L6', members: 5 },
            { code: 'YF-TECH-PLT-SRE', name: '运维保障组', head: 'L6', members: 3 },
          ],
        },
        {
          code: 'YF-TECH-APP', name: '应用研发部', head: 'L7', members: 1,
          memberRankWeights: [['L5', 2], ['L6', 1]],
          children: [
            { code: 'YF-TECH-APP-WEB', name: '前端开发组', head: 'L6', members: 5 },
            { code: 'YF-TECH-APP-SVR', name: '服务端开发组', head: 'L6', members: 7 },
            { code: 'YF-TECH-APP-QA', name: '质量保障组', head: 'L6', members: 3 },
          ],
        },
        {
          code: 'YF-TECH-DATA', name: '数据智能部', head: 'L7', members: 1,
          memberRankWeights: [['L5', 2], ['L6', 1]],
          children: [
            { code: 'YF-TECH-DATA-AI', name: '算法组', head: 'L6', members: 4 },
            { code: 'YF-TECH-DATA-BI', name: '数据分析组', head: 'L6', members: 3 },
          ],
        },
      ],
    },
    {
      code: 'YF-PRD', name: '产品中心', head: 'L8', members: 1, costCentre: 'YF-CC-PRD',
      children: [
        { code: 'YF-PRD-PM', name: '产品管理部', head: 'L6', members: 5 },
        { code: 'YF-PRD-UX', name: '用户体验部', head: 'L6', members: 3 },
      ],
    },
    {
      code: 'YF-SAL', name: '销售中心', head: 'L9', members: 1, costCentre: 'YF-CC-SAL',
      children: [
        {
          code: 'YF-SAL-EC', name: '华东大区', head: 'L7', members: 1,
          children: [
            { code: 'YF-SAL-EC-SH', name: '上海销售部', head: 'L6', members: 6 },
            { code: 'YF-SAL-EC-HZ', name: '杭州销售部', head: 'L6', members: 3 },
          ],
        },
        {
          code: 'YF-SAL-NC', name: '华北大区', head: 'L7', members: 1,
          children: [
            { code: 'YF-SAL-NC-BJ', name: '北京销售部', head: 'L6', members: 4 },
          ],
        },
        {
          code: 'YF-SAL-SW', name: '西南大区', head: 'L7', members: 1,
          children: [
            { code: 'YF-SAL-SW-CD', name: '成都销售部', head: 'L6', members: 3 },
          ],
        },
        { code: 'YF-SAL-CS', name: '客户成功部', head: 'L7', members: 4, costCentre: 'YF-CC-CS' },
      ],
    },
    {
      code: 'YF-FIN', name: '财务部', head: 'L8', members: 2, costCentre: 'YF-CC-GA',
      children: [
        { code: 'YF-FIN-ACC', name: '会计核算组', head: 'L6', members: 2 },
      ],
    },
    { code: 'YF-HR', name: '人力资源部', head: 'L8', members: 4, costCentre: 'YF-CC-GA' },
    { code: 'YF-ADM', name: '行政部', head: 'L8', members: 3, costCentre: 'YF-CC-GA' },
    { code: 'YF-MKT', name: '市场部', head: 'L8', members: 5, costCentre: 'YF-CC-MKT' },
    { code: 'YF-PUR', name: '采购部', head: 'L7', members: 2, costCentre: 'YF-CC-GA' },
    { code: 'YF-LEG', name: '法务部', head: 'L7', members: 2, costCentre: 'YF-CC-GA' },
  ],
  costCentres: [
    { code: 'YF-CC-GA', name: '管理费用-综合管理' },
    { code: 'YF-CC-TECH', name: '研发费用-技术中心' },
    { code: 'YF-CC-PRD', name: '研发费用-产品中心' },
    { code: 'YF-CC-SAL', name: '销售费用-直销' },
    { code: 'YF-CC-CS', name: '销售费用-客户成功' },
    { code: 'YF-CC-MKT', name: '销售费用-市场推广' },
  ],
  projects: [
    {
      code: 'YF-PRJ-01', name: '云原生平台迁移', ownerDepartment: 'YF-TECH-PLT',
      staffedFrom: ['YF-TECH-PLT', 'YF-TECH-APP-SVR'],
    },
    {
      code: 'YF-PRJ-02', name: '华东重点客户拓展', ownerDepartment: 'YF-SAL-EC',
      staffedFrom: ['YF-SAL-EC', 'YF-SAL-CS', 'YF-PRD-PM'],
    },
    {
      code: 'YF-PRJ-03', name: '智能客服2.0', ownerDepartment: 'YF-TECH-DATA',
      staffedFrom: ['YF-TECH-DATA-AI', 'YF-TECH-APP', 'YF-PRD'],
    },
    {
      code: 'YF-PRJ-04', name: '数据中台建设', ownerDepartment: 'YF-TECH-DATA-BI',
      staffedFrom: ['YF-TECH-DATA-BI', 'YF-TECH-PLT-INF', 'YF-FIN'],
    },
    {
      code: 'YF-PRJ-05', name: '2026云帆用户大会', ownerDepartment: 'YF-MKT',
      staffedFrom: ['YF-MKT', 'YF-SAL', 'YF-ADM'],
    },
  ],
  logins: {
    traveller: { email: 'traveller@yunfan.example.com', department: 'YF-SAL-EC-SH', pick: 'junior' },
    approver: { email: 'approver@yunfan.example.com', department: 'YF-SAL-EC-SH', pick: 'head' },
    travel_admin: { email: 'admin@yunfan.example.com', department: 'YF-ADM', pick: 'senior' },
    finance: { email: 'finance@yunfan.example.com', department: 'YF-FIN', pick: 'senior' },
    executive: { email: 'executive@yunfan.example.com', department: 'YF-SAL', pick: 'head' },
  },
  inactiveCount: 4,
};

export const TENANT_SPECS: readonly TenantSpec[] = [HUACHEN, YUNFAN];

/** Operator (Tripdesk staff) demo log-ins. */
export interface OperatorSpec {
  role: OperatorRole;
  email: string;
  gender: Gender;
  tenants: string[];
}

export const OPERATOR_SPECS: readonly OperatorSpec[] = [
  { role: 'agent', email: 'agent@tripdesk.example.com', gender: 'female', tenants: ['huachen', 'yunfan'] },
  { role: 'account_manager', email: 'am@tripdesk.example.com', gender: 'male', tenants: ['huachen'] },
  { role: 'account_manager', email: 'am2@tripdesk.example.com', gender: 'female', tenants: ['yunfan'] },
  { role: 'operations', email: 'ops@tripdesk.example.com', gender: 'male', tenants: ['huachen', 'yunfan'] },
  { role: 'supervisor', email: 'supervisor@tripdesk.example.com', gender: 'female', tenants: ['huachen', 'yunfan'] },
  { role: 'platform_admin', email: 'admin@tripdesk.example.com', gender: 'male', tenants: [] },
  { role: 'auditor', email: 'auditor@tripdesk.example.com', gender: 'female', tenants: [] },
];

/** Blueprint of the demo enterprise 云帆数字科技 (software, 120 people): ranks, department tree, projects and log-ins. */
import type { TenantSpec } from './tenants.ts';

// Formatting: An organisation chart, kept compact by hand.
// prettier-ignore
export const YUNFAN: TenantSpec = {
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

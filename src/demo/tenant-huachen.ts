/** Blueprint of the demo enterprise 华辰智能制造集团 (manufacturing, 180 people): ranks, department tree, projects and log-ins. */
import type { TenantSpec } from './tenants.ts';

// Formatting: An organisation chart, kept compact by hand.
// prettier-ignore
export const HUACHEN: TenantSpec = {
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

// Sign-in page and app shell: navigation, top bar, role names and the home page.

export const login = {
  title: '登录 Tripdesk',
  subtitle: '企业差旅管理控制台',
  identifier: '邮箱或手机号',
  identifierPlaceholder: 'name@company.com 或手机号',
  password: '密码',
  submit: '登录',
  submitting: '登录中…',
};

export const nav = {
  main: '主导航',
  home: '概览',
  org: '组织架构',
  departments: '部门',
  employees: '员工',
  costCentres: '成本中心',
  import: '导入',
  audit: '审计日志',
  apiKeys: 'API 密钥',
  webhooks: 'Webhook',
  sso: '单点登录',
  travelRequests: '出差申请',
  approvals: '审批',
  myPolicy: '我的差旅标准',
  travelAdmin: '差旅管理',
  policies: '差旅标准',
  budgets: '预算',
  approvalFlows: '审批流程',
  pendingCount: '{{count}} 项待审批',
  tenants: '企业租户',
  suppliers: '供应商',
  accounts: '账号与角色',
  operatorAccounts: '运营账号',
  myTrips: '我的行程',
  book: '预订',
  orders: '订单管理',
  simulator: '供应商模拟器',
  ingest: '事件接入',
};

export const topbar = {
  tenant: '企业',
  selectTenant: '切换企业',
  operator: '运营人员',
  logout: '退出登录',
  noTenant: '未选择企业',
};

export const roles = {
  traveller: '出差员工',
  approver: '审批人',
  travel_admin: '差旅管理员',
  finance: '财务',
  executive: '高管',
  agent: '客服专员',
  account_manager: '专属客户经理',
  operations: '运营监控',
  supervisor: '客服主管',
  platform_admin: '平台管理员',
  auditor: '审计员',
};

export const home = {
  greeting: '{{name}}，您好',
  subtitle: '欢迎使用 Tripdesk 企业差旅管理控制台。',
  roles: '角色',
  tenant: '所属企业',
  account: '登录账号',
  noRoles: '未分配角色',
  shortcuts: '常用功能',
  shortcutDepartments: '维护部门结构与负责人',
  shortcutEmployees: '查询与维护员工档案',
  shortcutImport: '通过 CSV 批量导入员工',
  shortcutAudit: '查看所有变更记录',
  shortcutApiKeys: '管理系统集成密钥',
  shortcutTravelRequest: '提交新的出差申请',
  shortcutApprovals: '处理等待您审批的申请',
  shortcutPolicies: '查看与维护差旅标准',
  shortcutMyPolicy: '查看适用于您的标准，预订前校验是否超标',
  shortcutBudgets: '查看预算占用与使用',
};

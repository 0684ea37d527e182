// Sign-in page and app shell: navigation, top bar, role names and the home page.
import type { login as zhLogin, nav as zhNav, topbar as zhTopbar, roles as zhRoles, home as zhHome } from '../zh-CN/shell';

export const login: typeof zhLogin = {
  title: 'Sign in to Tripdesk',
  subtitle: 'Corporate travel management console',
  identifier: 'Email or mobile number',
  identifierPlaceholder: 'name@company.com or mobile number',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
};

export const nav: typeof zhNav = {
  main: 'Main navigation',
  home: 'Home',
  org: 'Organisation',
  departments: 'Departments',
  employees: 'Employees',
  costCentres: 'Cost centres',
  import: 'Import',
  audit: 'Audit log',
  apiKeys: 'API keys',
  webhooks: 'Webhooks',
  sso: 'Single sign-on',
  travelRequests: 'Travel requests',
  approvals: 'Approvals',
  myPolicy: 'My travel policy',
  travelAdmin: 'Travel management',
  policies: 'Travel policies',
  budgets: 'Budgets',
  approvalFlows: 'Approval flows',
  pendingCount: '{{count}} waiting for approval',
  tenants: 'Enterprises',
  suppliers: 'Suppliers',
  accounts: 'Accounts and roles',
  operatorAccounts: 'Operator accounts',
  myTrips: 'My trips',
  book: 'Book',
  orders: 'Orders',
  simulator: 'Supplier simulator',
  ingest: 'Event ingestion',
};

export const topbar: typeof zhTopbar = {
  tenant: 'Company',
  selectTenant: 'Switch company',
  operator: 'Operator',
  logout: 'Sign out',
  noTenant: 'No company selected',
};

export const roles: typeof zhRoles = {
  traveller: 'Traveller',
  approver: 'Approver',
  travel_admin: 'Travel administrator',
  finance: 'Finance',
  executive: 'Executive',
  agent: 'Service agent',
  account_manager: 'Account manager',
  operations: 'Operations monitor',
  supervisor: 'Service supervisor',
  platform_admin: 'Platform administrator',
  auditor: 'Auditor',
};

export const home: typeof zhHome = {
  greeting: 'Hello, {{name}}',
  subtitle: 'Welcome to the Tripdesk corporate travel console.',
  roles: 'Roles',
  tenant: 'Company',
  account: 'Signed in as',
  noRoles: 'No roles assigned',
  shortcuts: 'Shortcuts',
  shortcutDepartments: 'Maintain the department structure',
  shortcutEmployees: 'Find and edit employee records',
  shortcutImport: 'Bulk-import employees from CSV',
  shortcutAudit: 'Review every change',
  shortcutApiKeys: 'Manage integration keys',
  shortcutTravelRequest: 'File a new travel request',
  shortcutApprovals: 'Decide on requests waiting for you',
  shortcutPolicies: 'View and maintain travel policies',
  shortcutMyPolicy: 'See the policy that applies to you and check an option before booking',
  shortcutBudgets: 'See what budgets have reserved and spent',
};

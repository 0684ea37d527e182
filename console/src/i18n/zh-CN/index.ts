// Simplified Chinese messages (the default language), assembled from one file per area.
import { common, pager, language, time, errors, status, picker, cityTier } from './common';
import { login, nav, topbar, roles, home } from './shell';
import { departments, employees, employeeForm, csvImport } from './org';
import { audit, apiKeys } from './audit';
import { notifications } from './notifications';
import { travel } from './travel';
import { approvals } from './approvals';
import { policy } from './policy';
import { budgets } from './budgets';
import { budgetLedger } from './budgetLedger';
import { flows } from './flows';
import { myPolicy } from './myPolicy';
import { offboarding } from './offboarding';
import { sso } from './sso';
import { travelMoney } from './travelMoney';
import { policyClosed } from './policyClosed';
import { roleHome } from './roleHome';
import { approvalOrg } from './approvalOrg';
import { whatIf } from './whatIf';
import { tenants, accounts, invite } from './onboarding';
import { suppliers } from './suppliers';
import { webhooks } from './webhooks';
import { orders, trips, track } from './orders';
import { simulator, ingest } from './operations';
import { booking } from './booking';
import { desk, deskNav, tickets } from './desk';

export const zhCN = {
  common,
  pager,
  language,
  time,
  errors,
  login,
  nav: { ...nav, ...deskNav },
  topbar,
  roles,
  home,
  status,
  departments,
  employees,
  employeeForm,
  import: csvImport,
  audit,
  apiKeys,
  picker,
  cityTier,
  notifications,
  travel,
  approvals,
  policy,
  budgets,
  budgetLedger,
  flows,
  myPolicy,
  offboarding,
  sso,
  travelMoney,
  policyClosed,
  roleHome,
  approvalOrg,
  tenants,
  accounts,
  invite,
  suppliers,
  whatIf,
  webhooks,
  orders,
  trips,
  track,
  simulator,
  ingest,
  booking,
  tickets,
  desk,
};

/** The shape every language must provide: same keys, string values. en/ is typed against it file by file. */
export type Messages = typeof zhCN;

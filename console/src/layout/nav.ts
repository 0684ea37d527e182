import type { Messages } from '../i18n/zh-CN';

type NavLabel = `nav.${Exclude<keyof Messages['nav'], 'main'>}`;

export interface NavLeaf {
  id: string;
  to: string;
  label: NavLabel;
  /** Permission needed to see the item (any of a list); undefined = everyone. */
  permission?: string | readonly string[];
  /**
   * A permission needed as well: 我的工单 is for employees who ask (ticket.request and
   * travel.request), not for desk staff, who hold ticket.request to log calls for others.
   */
  alsoNeeds?: string;
  end?: boolean;
  /** A live count shown beside the label. */
  badge?: 'approvals';
}

export interface NavGroup {
  id: string;
  label: NavLabel;
  /** Permission needed to see the group at all (any of a list); undefined = whoever may see one of its children. */
  permission?: string | readonly string[];
  children: NavLeaf[];
}

export type NavEntry = NavLeaf | NavGroup;

/**
 * The console's navigation. Monitoring is not built yet and deliberately absent. Desk staff
 * (ticket.work) find their desk first: it is where they work. An entry shows only to those who can
 * act on its page: the policies (drafts included) to those who
 * manage them, the organisation to those who maintain it or look people up for
 * service (pii.read), not to every employee who may read it.
 */
export const NAVIGATION: NavEntry[] = [
  { id: 'desk', to: '/desk', label: 'nav.desk', permission: 'ticket.work' },
  { id: 'home', to: '/', label: 'nav.home', end: true },
  { id: 'travel-requests', to: '/travel/requests', label: 'nav.travelRequests', permission: 'travel.request' },
  { id: 'book', to: '/book', label: 'nav.book', permission: ['booking.self', 'booking.others'] },
  { id: 'my-trips', to: '/trips', label: 'nav.myTrips', permission: 'booking.self' },
  { id: 'approvals', to: '/approvals', label: 'nav.approvals', permission: 'travel.request', end: true, badge: 'approvals' },
  { id: 'my-policy', to: '/my-policy', label: 'nav.myPolicy', permission: 'travel.request' },
  { id: 'my-tickets', to: '/tickets', label: 'nav.myTickets', permission: 'ticket.request', alsoNeeds: 'travel.request' },
  {
    id: 'travel-admin',
    label: 'nav.travelAdmin',
    children: [
      { id: 'orders', to: '/orders', label: 'nav.orders', permission: 'order.read_all' },
      { id: 'policies', to: '/policies', label: 'nav.policies', permission: 'policy.manage' },
      { id: 'budgets', to: '/budgets', label: 'nav.budgets', permission: 'budget.read' },
      { id: 'approval-flows', to: '/approvals/flows', label: 'nav.approvalFlows', permission: 'approval.manage' },
    ],
  },
  {
    id: 'org',
    label: 'nav.org',
    permission: ['org.write', 'pii.read'],
    children: [
      { id: 'departments', to: '/org/departments', label: 'nav.departments' },
      { id: 'employees', to: '/org/employees', label: 'nav.employees' },
      { id: 'cost-centres', to: '/org/cost-centres', label: 'nav.costCentres' },
      { id: 'import', to: '/org/import', label: 'nav.import', permission: 'org.import' },
    ],
  },
  { id: 'tenants', to: '/tenants', label: 'nav.tenants', permission: 'tenant.manage' },
  { id: 'suppliers', to: '/suppliers', label: 'nav.suppliers', permission: 'supplier.read' },
  { id: 'simulator', to: '/simulator', label: 'nav.simulator', permission: 'simulator.control' },
  { id: 'ingest', to: '/ingest', label: 'nav.ingest', permission: 'ingest.manage' },
  { id: 'accounts', to: '/accounts', label: 'nav.accounts', permission: 'account.manage' },
  { id: 'operator-accounts', to: '/operator-accounts', label: 'nav.operatorAccounts', permission: 'operator.manage' },
  { id: 'audit', to: '/audit', label: 'nav.audit', permission: 'audit.read' },
  { id: 'api-keys', to: '/api-keys', label: 'nav.apiKeys', permission: 'apikey.manage' },
  { id: 'webhooks', to: '/webhooks', label: 'nav.webhooks', permission: 'webhook.manage' },
  { id: 'sso', to: '/sso', label: 'nav.sso', permission: 'sso.manage' },
];

export function isGroup(entry: NavEntry): entry is NavGroup {
  return 'children' in entry;
}

/** Drops the entries (and group children) the user may not see, and empty groups. */
export function visibleNavigation(hasPermission: (permission: string) => boolean): NavEntry[] {
  const allowed = (permission?: string | readonly string[]) =>
    permission === undefined || (typeof permission === 'string' ? [permission] : permission).some((p) => hasPermission(p));
  const leafAllowed = (leaf: NavLeaf) => allowed(leaf.permission) && (leaf.alsoNeeds === undefined || hasPermission(leaf.alsoNeeds));
  return NAVIGATION.flatMap((entry): NavEntry[] => {
    if (!isGroup(entry)) return leafAllowed(entry) ? [entry] : [];
    if (!allowed(entry.permission)) return [];
    const children = entry.children.filter(leafAllowed);
    return children.length > 0 ? [{ ...entry, children }] : [];
  });
}

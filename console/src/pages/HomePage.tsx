import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';
import { roleLabel } from '../lib/roles';
import { tenantName } from '../lib/tenantName';
import { useSession } from '../session/SessionContext';
import type { Messages } from '../i18n/zh-CN';

interface Shortcut {
  id: string;
  to: string;
  title: `nav.${keyof Messages['nav']}`;
  description: `home.${keyof Messages['home']}`;
  permissions: string[];
}

const SHORTCUTS: Shortcut[] = [
  {
    id: 'travel-request-new',
    to: '/travel/requests/new',
    title: 'nav.travelRequests',
    description: 'home.shortcutTravelRequest',
    permissions: ['travel.request'],
  },
  { id: 'approvals', to: '/approvals', title: 'nav.approvals', description: 'home.shortcutApprovals', permissions: ['travel.request'] },
  { id: 'my-policy', to: '/my-policy', title: 'nav.myPolicy', description: 'home.shortcutMyPolicy', permissions: ['travel.request'] },
  { id: 'policies', to: '/policies', title: 'nav.policies', description: 'home.shortcutPolicies', permissions: ['policy.manage'] },
  { id: 'budgets', to: '/budgets', title: 'nav.budgets', description: 'home.shortcutBudgets', permissions: ['budget.read'] },
  {
    id: 'departments',
    to: '/org/departments',
    title: 'nav.departments',
    description: 'home.shortcutDepartments',
    permissions: ['org.read'],
  },
  { id: 'employees', to: '/org/employees', title: 'nav.employees', description: 'home.shortcutEmployees', permissions: ['org.read'] },
  { id: 'import', to: '/org/import', title: 'nav.import', description: 'home.shortcutImport', permissions: ['org.read', 'org.import'] },
  { id: 'audit', to: '/audit', title: 'nav.audit', description: 'home.shortcutAudit', permissions: ['audit.read'] },
  { id: 'api-keys', to: '/api-keys', title: 'nav.apiKeys', description: 'home.shortcutApiKeys', permissions: ['apikey.manage'] },
];

/** Greeting with the user's roles and tenant, plus shortcuts to what they may open. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, tenant, hasPermission } = useSession();
  if (!me) return null;
  const shortcuts = SHORTCUTS.filter((s) => s.permissions.every((p) => hasPermission(p)));
  return (
    <section data-testid="page-home">
      <PageHeader title={t('home.greeting', { name: me.displayName })} subtitle={t('home.subtitle')} />
      <dl className="card summary-grid">
        <div>
          <dt>{t('home.tenant')}</dt>
          <dd data-testid="home-tenant">{tenant ? tenantName(tenant) : t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('home.roles')}</dt>
          <dd data-testid="home-roles" className="tag-list">
            {me.roles.length === 0
              ? t('home.noRoles')
              : me.roles.map((role) => (
                  <span key={role} className="badge" data-role={role}>
                    {roleLabel(t, role)}
                  </span>
                ))}
          </dd>
        </div>
        <div>
          <dt>{t('home.account')}</dt>
          <dd>{me.email ?? me.phone ?? t('common.none')}</dd>
        </div>
      </dl>
      {shortcuts.length > 0 ? (
        <>
          <h2 className="section-title">{t('home.shortcuts')}</h2>
          <div className="shortcut-grid">
            {shortcuts.map((s) => (
              <Link key={s.id} to={s.to} className="card shortcut" data-testid={`shortcut-${s.id}`}>
                <strong>{t(s.title)}</strong>
                <span>{t(s.description)}</span>
              </Link>
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}

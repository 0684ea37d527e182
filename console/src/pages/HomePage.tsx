import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { PageHeader } from '../components/PageHeader';
import { roleLabel } from '../lib/roles';
import { tenantName } from '../lib/tenantName';
import { useSession } from '../session/SessionContext';
import type { LandingState } from '../session/guards';
import { BudgetWarningsSection, SetupSection } from './home/AdminSection';
import { ApproverSection } from './home/ApproverSection';
import { FinanceSection } from './home/FinanceSection';
import { EnterprisesSection, RecentAuditSection } from './home/OperatorSection';
import { TravellerSection } from './home/TravellerSection';

/**
 * Each role's work, not a menu: the traveller's trips, the approver's pending decisions, the
 * travel admin's set-up and budget warnings, finance's budget burn, the operator's enterprises,
 * the auditor's latest entries. Someone with several roles sees each of their sections. Agents and
 * supervisors land on the support desk (客服工作台) when they sign in; home stays a click away.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { me, tenant, hasPermission } = useSession();
  const landing = (useLocation().state as LandingState | null)?.landing === true;
  if (!me) return null;
  const has = (...roles: string[]) => roles.some((r) => me.roles.includes(r));
  if (landing && has('agent', 'supervisor') && hasPermission('ticket.work')) return <Navigate to="/desk" replace />;
  const employee = me.employeeId !== null && hasPermission('travel.request');
  const sections = {
    traveller: employee,
    approver: employee && (has('approver', 'executive', 'travel_admin', 'finance') || me.roles.length === 0),
    setup: tenant !== null && hasPermission('approval.manage'),
    warnings: tenant !== null && hasPermission('approval.manage') && hasPermission('budget.read'),
    finance: tenant !== null && has('finance', 'executive') && hasPermission('budget.read'),
    enterprises: me.kind === 'operator',
    audit: hasPermission('audit.read') && (has('auditor', 'supervisor') || me.kind === 'operator'),
  };
  return (
    <section data-testid="page-home" className="home">
      <PageHeader title={t('home.greeting', { name: me.displayName })} subtitle={t('home.subtitle')} />
      <p className="home-roles" data-testid="home-roles">
        {me.roles.length === 0
          ? t('home.noRoles')
          : me.roles.map((role) => (
              <span key={role} className="badge" data-role={role}>
                {roleLabel(t, role)}
              </span>
            ))}
        <span className="muted small" data-testid="home-tenant">
          {tenant ? tenantName(tenant) : t('common.none')}
        </span>
      </p>
      {sections.approver ? <ApproverSection /> : null}
      {sections.setup ? <SetupSection /> : null}
      {sections.warnings && !sections.finance ? <BudgetWarningsSection /> : null}
      {sections.finance ? <FinanceSection /> : null}
      {sections.traveller ? <TravellerSection /> : null}
      {sections.enterprises ? <EnterprisesSection /> : null}
      {sections.audit ? <RecentAuditSection /> : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { budgetApi } from '../../api/budget';
import { homeApi } from '../../api/home';
import { ErrorNotice } from '../../components/ErrorNotice';
import { listJoin } from '../../lib/lists';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { currentPeriod } from './budgetPeriod';

/** Where each set-up item is fixed. */
const fixAt: Record<string, string> = {
  no_published_policy: '/policies',
  employees_without_manager: '/org/employees',
  categories_without_flow: '/approvals/flows',
  departments_without_budget: '/budgets',
};

type CheckCode = 'no_published_policy' | 'employees_without_manager' | 'categories_without_flow' | 'departments_without_budget';

/** The travel admin's pending set-up, each item linking to where it is fixed. */
export function SetupSection() {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(() => homeApi.setup(), 'home-setup');
  const open = (data ?? []).filter((c) => c.count > 0);
  const examples = (code: CheckCode, list: string[]) =>
    listJoin(code === 'categories_without_flow' ? list.map((c) => t(`flows.category.${c}` as 'flows.category.flight')) : list);
  return (
    <section className="card home-section" data-testid="home-setup" aria-labelledby="home-setup-title">
      <h2 id="home-setup-title" className="section-title">
        {t('roleHome.admin.setupTitle')}
      </h2>
      <ErrorNotice error={error} onRetry={reload} />
      {data && open.length === 0 ? <p className="empty">{t('roleHome.admin.setupDone')}</p> : null}
      <ul className="home-list">
        {open.map((c) => (
          <li key={c.code} data-testid="setup-item" data-code={c.code}>
            <span className="home-item">
              <span>{t(`roleHome.admin.${c.code}`, { count: c.count, examples: examples(c.code, c.examples) })}</span>
              {c.code === 'employees_without_manager' && c.examples.length > 0 ? (
                <span className="muted small">{t('roleHome.admin.examples', { examples: listJoin(c.examples) })}</span>
              ) : null}
            </span>
            <Link to={fixAt[c.code] ?? '/'} className="btn btn-small" data-testid="setup-fix">
              {t('roleHome.admin.fix')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Budgets of this period at or past their warning line. */
export function BudgetWarningsSection() {
  const { t, i18n } = useTranslation();
  const period = currentPeriod();
  const { data, error, reload } = useLoad(() => budgetApi.list({ period }), `home-warnings-${period}`);
  const warned = (data ?? []).filter((b) => b.level !== 'ok').sort((a, b) => b.usedPercent - a.usedPercent);
  return (
    <section className="card home-section" data-testid="home-budget-warnings" aria-labelledby="home-warnings-title">
      <div className="home-section-head">
        <h2 id="home-warnings-title" className="section-title">
          {t('roleHome.admin.warningsTitle')}
        </h2>
        <Link to="/budgets" className="btn">
          {t('roleHome.finance.manage')}
        </Link>
      </div>
      <ErrorNotice error={error} onRetry={reload} />
      {data && warned.length === 0 ? <p className="empty">{t('roleHome.admin.noWarnings')}</p> : null}
      <ul className="home-list">
        {warned.map((b) => (
          <li key={b.id} data-testid="budget-warning">
            <Link to="/budgets" className="home-item">
              <span className="strong">{b.scopeName}</span>
              <span className="muted small">{i18n.language === 'en' ? b.periodLabelEn : b.periodLabel}</span>
            </Link>
            <span className="home-item-side">
              <span className="num">
                {formatFen(b.occupiedFen + b.spentFen)} / {formatFen(b.amountFen)}
              </span>
              <span className={`badge ${b.level === 'exceeded' ? 'badge-danger' : 'badge-warning'}`}>
                {b.usedPercent}% · {t(`roleHome.level.${b.level}`)}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

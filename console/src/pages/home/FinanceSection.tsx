import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { budgetApi } from '../../api/budget';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';
import { currentPeriod } from './budgetPeriod';

type Budget = Awaited<ReturnType<typeof budgetApi.list>>[number];

const BAR_HEIGHT = 22;
const LABEL_WIDTH = 230;
const WIDTH = 640;

/** Used against budget as horizontal bars (the budget's own scale: 0–100 %, beyond shown in red), warning lines marked. */
function BurnChart({ budgets, label, periodOf }: { budgets: Budget[]; label: string; periodOf: (b: Budget) => string }) {
  const plot = WIDTH - LABEL_WIDTH - 60;
  const height = budgets.length * (BAR_HEIGHT + 10) + 10;
  return (
    <svg className="burn-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} data-testid="burn-chart">
      {budgets.map((b, i) => {
        const y = 10 + i * (BAR_HEIGHT + 10);
        const used = Math.min(b.usedPercent, 100);
        const warn = b.warnAtPercent[0];
        const colour =
          b.level === 'exceeded' ? 'var(--danger, #c0392b)' : b.level === 'warning' ? 'var(--warning, #d68910)' : 'var(--accent, #2f6fde)';
        return (
          <g key={b.id}>
            <text x={LABEL_WIDTH - 8} y={y + BAR_HEIGHT / 2 + 4} textAnchor="end" className="burn-label">
              {b.scopeName.length > 10 ? `${b.scopeName.slice(0, 9)}…` : b.scopeName} · {periodOf(b)}
            </text>
            <rect x={LABEL_WIDTH} y={y} width={plot} height={BAR_HEIGHT} rx={3} className="burn-track" />
            <rect x={LABEL_WIDTH} y={y} width={(plot * used) / 100} height={BAR_HEIGHT} rx={3} fill={colour} />
            {warn !== undefined ? (
              <line
                x1={LABEL_WIDTH + (plot * warn) / 100}
                x2={LABEL_WIDTH + (plot * warn) / 100}
                y1={y - 3}
                y2={y + BAR_HEIGHT + 3}
                className="burn-warn"
              />
            ) : null}
            <text x={LABEL_WIDTH + plot + 8} y={y + BAR_HEIGHT / 2 + 4} className="burn-value">
              {b.usedPercent}%
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Finance's view: used against budget for every department and project budget of this period. */
export function FinanceSection() {
  const { t, i18n } = useTranslation();
  const period = currentPeriod();
  const { data, error, reload } = useLoad(() => budgetApi.list({ period }), `home-burn-${period}`);
  const budgets = (data ?? []).filter((b) => b.scopeType !== 'employee').sort((a, b) => b.usedPercent - a.usedPercent);
  const periodName = budgets[0] ? (i18n.language === 'en' ? budgets[0].periodLabelEn : budgets[0].periodLabel) : period;
  return (
    <section className="card home-section" data-testid="home-finance" aria-labelledby="home-finance-title">
      <div className="home-section-head">
        <div>
          <h2 id="home-finance-title" className="section-title">
            {t('roleHome.finance.title')}
          </h2>
          <p className="muted small">{t('roleHome.finance.period', { period: periodName })}</p>
        </div>
        <Link to="/budgets" className="btn">
          {t('roleHome.finance.manage')}
        </Link>
      </div>
      <ErrorNotice error={error} onRetry={reload} />
      {data && budgets.length === 0 ? <p className="empty">{t('roleHome.finance.empty')}</p> : null}
      {budgets.length > 0 ? (
        <>
          <BurnChart
            budgets={budgets}
            label={t('roleHome.finance.chartLabel')}
            periodOf={(b) => (i18n.language === 'en' ? b.periodLabelEn : b.periodLabel)}
          />
          <div className="table-wrap">
            <table className="table" data-testid="burn-table">
              <thead>
                <tr>
                  <th scope="col">{t('roleHome.finance.scope')}</th>
                  <th scope="col" className="num">
                    {t('roleHome.finance.budget')}
                  </th>
                  <th scope="col" className="num">
                    {t('roleHome.finance.used')}
                  </th>
                  <th scope="col" className="num">
                    {t('roleHome.finance.usedPercent')}
                  </th>
                  <th scope="col" className="num">
                    {t('roleHome.finance.remaining')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {budgets.map((b) => (
                  <tr key={b.id} data-testid="burn-row">
                    <td>
                      {b.scopeName} <span className="muted small">{i18n.language === 'en' ? b.periodLabelEn : b.periodLabel}</span>
                    </td>
                    <td className="num">{formatFen(b.amountFen)}</td>
                    <td className="num">{formatFen(b.occupiedFen + b.spentFen)}</td>
                    <td className="num">
                      <span className={b.level === 'exceeded' ? 'text-danger' : b.level === 'warning' ? 'text-warning' : undefined}>
                        {b.usedPercent}%
                      </span>
                    </td>
                    <td className="num">{formatFen(b.remainingFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

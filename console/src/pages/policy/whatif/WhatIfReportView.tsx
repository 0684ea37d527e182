import { useTranslation } from 'react-i18next';
import type { WhatIfReport } from '../../../api/whatIf';
import { Pager } from '../../../components/Pager';
import { currentLanguage } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { formatPercent } from '../../../lib/percent';

type Side = WhatIfReport['before'];
type Movement = WhatIfReport['departments'][number]['becameNonCompliant'];
const OUTCOMES = ['allow', 'warn', 'require_approval', 'block'] as const;

const rate = (side: Side) => (side.complianceRate === null ? '—' : formatPercent(side.complianceRate * 100));

/** The report of a replay: before/after compliance and outcomes, spend at stake per department and category, changed bookings. */
export function WhatIfReportView({ report, busy, onPage }: { report: WhatIfReport; busy: boolean; onPage: (offset: number) => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage() === 'en' ? 'en' : 'zh-CN';
  const move = (m: Movement) => (m.count === 0 ? '—' : t('whatIf.movement', { count: m.count, amount: formatFen(m.amountFen) }));
  const { changed } = report;
  return (
    <div data-testid="what-if-report">
      <p className="muted" data-testid="what-if-read">
        {t('whatIf.read', { count: report.bookings.read, ...report.bookings })} · {t('whatIf.timing', { ms: report.timing.totalMs })}
      </p>
      <div className="table-wrap card">
        <table className="table" data-testid="what-if-summary">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('whatIf.complianceRate')}</th>
              {OUTCOMES.map((o) => (
                <th scope="col" className="num" key={o}>
                  {t(`whatIf.outcome.${o}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['before', 'after'] as const).map((side) => (
              <tr key={side} data-testid={`what-if-${side}`}>
                <th scope="row">{t(`whatIf.${side}`)}</th>
                <td data-testid={`what-if-${side}-rate`}>
                  {rate(report[side])} ({t('whatIf.compliant', { count: report[side].compliant })})
                </td>
                {OUTCOMES.map((o) => (
                  <td className="num" key={o}>
                    {report[side].counts[o]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('whatIf.departments')}</h3>
      <div className="table-wrap card">
        <table className="table" data-testid="what-if-departments">
          <thead>
            <tr>
              <th scope="col">{t('whatIf.department')}</th>
              <th scope="col" className="num">
                {t('whatIf.bookings')}
              </th>
              <th scope="col">{t('whatIf.becameNonCompliant')}</th>
              <th scope="col">{t('whatIf.becameBlocked')}</th>
              <th scope="col">{t('whatIf.becameCompliant')}</th>
            </tr>
          </thead>
          <tbody>
            {report.departments.map((d) => (
              <tr key={d.departmentId} data-testid="what-if-department">
                <td>{d.departmentName}</td>
                <td className="num">{d.bookings}</td>
                <td>{move(d.becameNonCompliant)}</td>
                <td>{move(d.becameBlocked)}</td>
                <td>{move(d.becameCompliant)}</td>
              </tr>
            ))}
            {report.categories.map((c) => (
              <tr key={c.category} className="muted" data-testid="what-if-category">
                <td>
                  {t('whatIf.category')}: {t(`whatIf.categoryName.${c.category}`)}
                </td>
                <td className="num">{c.bookings}</td>
                <td>{move(c.becameNonCompliant)}</td>
                <td>{move(c.becameBlocked)}</td>
                <td>{move(c.becameCompliant)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('whatIf.changed', { count: changed.total })}</h3>
      {changed.total === 0 ? (
        <p className="muted">{t('whatIf.noChanges')}</p>
      ) : (
        <div className="table-wrap card">
          <table className="table" data-testid="what-if-changed">
            <thead>
              <tr>
                <th scope="col">{t('whatIf.reference')}</th>
                <th scope="col">{t('whatIf.bookedAt')}</th>
                <th scope="col">{t('whatIf.department')}</th>
                <th scope="col" className="num">
                  {t('whatIf.amount')}
                </th>
                <th scope="col">{t('whatIf.change')}</th>
              </tr>
            </thead>
            <tbody>
              {changed.items.map((c) => (
                <tr key={c.id} data-testid="what-if-changed-row" data-reference={c.reference}>
                  <td>
                    <span className="mono">{c.reference}</span> <span className="muted">{t(`whatIf.source.${c.source}`)}</span>
                    <div className="muted">{t(`whatIf.categoryName.${c.category}`)}</div>
                  </td>
                  <td>{formatDateTime(c.bookedAt)}</td>
                  <td>{c.departmentName}</td>
                  <td className="num">{formatFen(c.amountFen)}</td>
                  <td>
                    <strong>
                      {t(`whatIf.outcome.${c.before.outcome}`)} → {t(`whatIf.outcome.${c.after.outcome}`)}
                    </strong>{' '}
                    <span className="muted">({t(`whatIf.basis.${c.before.basis}`)})</span>
                    {c.failedBefore.length > 0 ? (
                      <div className="muted">
                        {t('whatIf.failedBefore')} {c.failedBefore.map((f) => f.explanation[lang]).join('；')}
                      </div>
                    ) : null}
                    {c.failedAfter.length > 0 ? (
                      <div data-testid="what-if-failed-after">
                        {t('whatIf.failedAfter')} {c.failedAfter.map((f) => f.explanation[lang]).join('；')}
                      </div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={Math.floor(changed.offset / changed.limit) + 1}
            hasPrev={changed.offset > 0}
            hasNext={changed.offset + changed.limit < changed.total}
            busy={busy}
            onPrev={() => onPage(Math.max(0, changed.offset - changed.limit))}
            onNext={() => onPage(changed.offset + changed.limit)}
          />
        </div>
      )}
    </div>
  );
}

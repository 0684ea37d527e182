import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { auditApi } from '../../api/audit';
import { homeApi } from '../../api/home';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../lib/format';
import { formatFen } from '../../lib/money';
import { useLoad } from '../../lib/useLoad';

/** Operator staff: the enterprises they serve, with the figures that exist today. */
export function EnterprisesSection() {
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useLoad(() => homeApi.enterprises(), 'home-enterprises');
  return (
    <section className="card home-section" data-testid="home-enterprises" aria-labelledby="home-enterprises-title">
      <h2 id="home-enterprises-title" className="section-title">
        {t('roleHome.operator.title')}
      </h2>
      <ErrorNotice error={error} onRetry={reload} />
      {data && data.length === 0 ? <p className="empty">{t('roleHome.operator.empty')}</p> : null}
      {data && data.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('roleHome.operator.enterprise')}</th>
                <th scope="col" className="num">
                  {t('roleHome.operator.employees')}
                </th>
                <th scope="col" className="num">
                  {t('roleHome.operator.inApproval')}
                </th>
                <th scope="col" className="num">
                  {t('roleHome.operator.thisMonth')}
                </th>
                <th scope="col" className="num">
                  {t('roleHome.operator.thisMonthAmount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((e) => (
                <tr key={e.tenantId} data-testid="enterprise-row">
                  <td>{i18n.language === 'en' ? e.nameEn : e.name}</td>
                  <td className="num">{e.activeEmployees}</td>
                  <td className="num">{e.requestsInApproval}</td>
                  <td className="num">{e.requestsThisMonth}</td>
                  <td className="num">{formatFen(e.requestsThisMonthFen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Auditors (and whoever reads the audit log): the latest entries, in words. */
export function RecentAuditSection() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { data, error, reload } = useLoad(() => auditApi.list(null, 8, {}, lang), `home-audit-${lang}`);
  return (
    <section className="card home-section" data-testid="home-audit" aria-labelledby="home-audit-title">
      <div className="home-section-head">
        <h2 id="home-audit-title" className="section-title">
          {t('roleHome.auditor.title')}
        </h2>
        <Link to="/audit" className="btn">
          {t('roleHome.auditor.open')}
        </Link>
      </div>
      <ErrorNotice error={error} onRetry={reload} />
      <ul className="home-list">
        {(data?.items ?? []).map((e) => (
          <li key={`${e.tenantId}-${e.seq}`}>
            <span className="home-item">
              <span>{e.sentence}</span>
              <span className="muted small">{formatDateTime(e.at)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

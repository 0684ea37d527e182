import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OffboardResult } from '../../api/offboarding';
import { Notice } from '../../components/Notice';

/** What offboarding did: sessions ended, keys revoked, and where each pending approval went. */
export function OffboardSummary({ result }: { result: OffboardResult }) {
  const { t } = useTranslation();
  const keys = result.access.apiKeysRevoked.map((k) => k.name).join('、');
  return (
    <Notice kind="success" testId="offboard-done">
      <p>
        <strong>{t('offboarding.doneTitle')}</strong>
      </p>
      <ul className="plain-list">
        <li data-testid="offboard-done-sessions">
          {result.access.sessionsEnded > 0
            ? t('offboarding.doneSessions', { count: result.access.sessionsEnded })
            : t('offboarding.doneNoSessions')}
        </li>
        <li>{keys ? t('offboarding.doneApiKeys', { names: keys }) : t('offboarding.doneNoApiKeys')}</li>
      </ul>
      <p>
        <strong>{result.handedOver.length > 0 ? t('offboarding.doneHandover') : t('offboarding.doneNoHandover')}</strong>
      </p>
      {result.handedOver.length > 0 ? (
        <ul className="plain-list" data-testid="offboard-done-handover">
          {result.handedOver.map((h) => (
            <li key={h.instanceId} data-testid="offboard-done-item">
              <Link className="offboard-done-link" to={h.link}>
                {h.code ?? h.instanceId}
              </Link>
              {h.title ? ` ${h.title}` : ''}
              {h.stageName ? ` · ${h.stageName}` : ''} ·{' '}
              {h.asDelegate
                ? t('offboarding.keptByApprover')
                : h.toName === null
                  ? t('offboarding.handedNobody')
                  : h.fallback
                    ? t('offboarding.handedToFallback', { name: h.toName })
                    : t('offboarding.handedTo', { name: h.toName })}
            </li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}

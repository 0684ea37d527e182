import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errorMessage';
import { Notice } from './Notice';

interface ErrorNoticeProps {
  error: unknown;
  testId?: string;
  onRetry?: () => void;
}

/** Shows a failed call's message (translated by error code) with an optional retry. */
export function ErrorNotice({ error, testId = 'error', onRetry }: ErrorNoticeProps) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Notice kind="error" testId={testId}>
      <span>{errorMessage(t, error)}</span>
      {onRetry ? (
        <button type="button" className="btn btn-link" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </Notice>
  );
}

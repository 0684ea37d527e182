import { useTranslation } from 'react-i18next';

export function Loading({ testId = 'loading' }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" data-testid={testId}>
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </div>
  );
}

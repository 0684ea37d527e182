import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

interface StatusPageProps {
  kind: 'forbidden' | 'notFound';
}

/** Full-page "no access" / "not found" message inside the layout. */
export function StatusPage({ kind }: StatusPageProps) {
  const { t } = useTranslation();
  const title = kind === 'forbidden' ? t('status.forbiddenTitle') : t('status.notFoundTitle');
  const body = kind === 'forbidden' ? t('status.forbiddenBody') : t('status.notFoundBody');
  return (
    <section className="status-page" data-testid={kind === 'forbidden' ? 'page-forbidden' : 'page-not-found'}>
      <h1>{title}</h1>
      <p>{body}</p>
      <Link className="btn btn-primary" to="/">
        {t('status.goHome')}
      </Link>
    </section>
  );
}

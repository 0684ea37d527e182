import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { orgApi } from '../../api/org';
import { travelApi } from '../../api/travel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { RequestForm } from './RequestForm';
import { emptyRequest, valuesFromRequest } from './requestFormModel';

const EDITABLE = new Set(['draft', 'returned']);

/** /travel/requests/new and /travel/requests/:id/edit (drafts and returned requests). */
export function RequestFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me } = useSession();
  const request = useLoad(() => (id ? travelApi.get(id) : Promise.resolve(null)), id ?? 'new');
  // Projects and cost centres are optional: a failure leaves their lists empty.
  const projects = useLoad(() => orgApi.projects().catch(() => []), 'projects');
  const costCentres = useLoad(() => orgApi.costCentres().catch(() => []), 'cost-centres');

  const initial = useMemo(() => {
    if (request.data) return valuesFromRequest(request.data);
    const self = me?.employeeId ? { id: me.employeeId, name: me.displayName } : null;
    return emptyRequest(self);
  }, [request.data, me]);

  const title = id ? t('travel.form.titleEdit', { code: request.data?.code ?? '' }) : t('travel.form.titleNew');
  if (request.error) {
    return (
      <section data-testid="page-request-form">
        <PageHeader title={title} />
        <ErrorNotice error={request.error} onRetry={request.reload} />
      </section>
    );
  }
  if (request.loading || !projects.data || !costCentres.data) return <Loading />;
  if (request.data && !EDITABLE.has(request.data.status)) {
    return (
      <section data-testid="page-request-form">
        <PageHeader title={title} />
        <Notice kind="info" testId="request-not-editable">
          {t('travel.form.notEditable')}{' '}
          <Link to={`/travel/requests/${encodeURIComponent(request.data.id)}`}>{t('travel.form.openRequest')}</Link>
        </Notice>
      </section>
    );
  }
  return (
    <section data-testid="page-request-form">
      <PageHeader title={title} subtitle={t('travel.form.subtitle')} />
      <RequestForm initial={initial} requestId={request.data?.id ?? null} projects={projects.data} costCentres={costCentres.data} />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { orgApi } from '../../api/org';
import { policyApi } from '../../api/policy';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { PolicyEditor } from './PolicyEditor';

/** /policies/:id: loads the policy, the version being edited (draft, else published), ranks and departments. */
export function PolicyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const policy = useLoad(async () => {
    const detail = await policyApi.get(id);
    const versionId = detail.draft?.versionId ?? detail.published?.versionId;
    const version = versionId ? await policyApi.version(id, versionId) : null;
    return { detail, version };
  }, id);
  const ranks = useLoad(() => orgApi.ranks(), 'ranks');
  const departments = useLoad(() => orgApi.departments(), 'departments');

  const error = policy.error ?? ranks.error ?? departments.error;
  if (error && !policy.data) {
    return (
      <section data-testid="page-policy">
        <PageHeader title={t('policy.title')} />
        <ErrorNotice error={error} onRetry={policy.reload} />
      </section>
    );
  }
  if (!policy.data || !ranks.data || !departments.data || policy.data.detail.id !== id) return <Loading />;
  const { detail, version } = policy.data;
  return (
    <PolicyEditor
      key={`${detail.id}|${version?.versionId ?? 'none'}|${detail.versions.length}`}
      policy={detail}
      version={version}
      ranks={[...ranks.data].sort((a, b) => a.level - b.level)}
      departments={departments.data}
      onReload={policy.reload}
    />
  );
}

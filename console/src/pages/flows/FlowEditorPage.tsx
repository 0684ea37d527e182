import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { approvalApi } from '../../api/approval';
import { orgApi } from '../../api/org';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { buildDepartmentTree, flattenTree } from '../departments/tree';
import { FlowEditor } from './FlowEditor';

/** /approvals/flows/new and /approvals/flows/:id. */
export function FlowEditorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const flow = useLoad(() => (id ? approvalApi.flow(id) : Promise.resolve(null)), id ?? 'new');
  const departments = useLoad(() => orgApi.departments(), 'departments');
  const projects = useLoad(() => orgApi.projects().catch(() => []), 'projects');
  const nodes = useMemo(() => flattenTree(buildDepartmentTree(departments.data ?? [])), [departments.data]);
  const error = flow.error ?? departments.error;
  if (error) {
    return (
      <section data-testid="page-flow">
        <PageHeader title={t('flows.title')} />
        <ErrorNotice error={error} onRetry={flow.reload} />
      </section>
    );
  }
  if (flow.loading || flow.data === undefined || !departments.data || !projects.data) return <Loading />;
  return <FlowEditor key={flow.data?.updatedAt ?? 'new'} flow={flow.data} departments={nodes} projects={projects.data} />;
}

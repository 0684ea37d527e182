import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/org';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { DepartmentPanel } from './DepartmentPanel';
import { DepartmentTree } from './DepartmentTree';
import { buildDepartmentTree, parentIds } from './tree';

type Selection = { kind: 'none' } | { kind: 'new'; parentId: string | null } | { kind: 'edit'; id: string };

/** Department tree with a side panel for viewing and (with org.write) editing. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const canWrite = hasPermission('org.write');
  const { data, error, loading, reload } = useLoad(() => orgApi.departments(), 'departments');
  const roots = useMemo(() => buildDepartmentTree(data ?? []), [data]);
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [selection, setSelection] = useState<Selection>({ kind: 'none' });
  const [flash, setFlash] = useState<string | null>(null);

  // Top-level departments start open.
  const open = expanded ?? new Set(roots.map((r) => r.department.id));
  const selected = selection.kind === 'edit' ? (data?.find((d) => d.id === selection.id) ?? null) : null;

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <section data-testid="page-departments">
      <PageHeader
        title={t('departments.title')}
        subtitle={t('departments.subtitle')}
        actions={
          <>
            <button type="button" className="btn" data-testid="dept-expand-all" onClick={() => setExpanded(parentIds(roots))}>
              {t('departments.expandAll')}
            </button>
            <button type="button" className="btn" data-testid="dept-collapse-all" onClick={() => setExpanded(new Set())}>
              {t('departments.collapseAll')}
            </button>
            {canWrite ? (
              <button
                type="button"
                className="btn btn-primary"
                data-testid="dept-new"
                onClick={() => {
                  setFlash(null);
                  // A new department goes under the one selected, if any.
                  setSelection({ kind: 'new', parentId: selected?.id ?? null });
                }}
              >
                {t('departments.new')}
              </button>
            ) : null}
          </>
        }
      />
      {flash ? (
        <Notice kind="success" testId="dept-flash" onDismiss={() => setFlash(null)} dismissLabel={t('common.close')}>
          {flash}
        </Notice>
      ) : null}
      <ErrorNotice error={error} onRetry={reload} />
      <div className="split">
        <div className="card split-main">
          {loading && !data ? <Loading /> : null}
          {data && data.length === 0 ? <p className="empty">{t('departments.empty')}</p> : null}
          {data && data.length > 0 ? (
            <DepartmentTree
              roots={roots}
              expanded={open}
              selectedId={selected?.id ?? null}
              onToggle={toggle}
              onSelect={(id) => {
                setFlash(null);
                setSelection({ kind: 'edit', id });
              }}
            />
          ) : null}
        </div>
        <div className="split-side">
          {selection.kind === 'new' || selected ? (
            <DepartmentPanel
              key={selected?.id ?? `new:${selection.kind === 'new' ? (selection.parentId ?? '') : ''}`}
              department={selected}
              defaultParentId={selection.kind === 'new' ? selection.parentId : null}
              roots={roots}
              canWrite={canWrite}
              onSaved={(department, created) => {
                setFlash(created ? t('departments.created', { name: department.name }) : t('departments.saved'));
                if (department.parentId) setExpanded(new Set([...open, department.parentId]));
                setSelection({ kind: 'edit', id: department.id });
                reload();
              }}
              onDeleted={(department) => {
                setFlash(t('departments.deleted', { name: department.name }));
                setSelection({ kind: 'none' });
                reload();
              }}
              onCancel={() => setSelection({ kind: 'none' })}
            />
          ) : (
            <div className="card side-panel muted" data-testid="dept-hint">
              {t('departments.selectHint')}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

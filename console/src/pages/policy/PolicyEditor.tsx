import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { fieldErrorsOf } from '../../api/errors';
import { policyApi } from '../../api/policy';
import type { Department, MissingDataMode, PolicyDetail, PolicyVersionDetail, Rank, Rule } from '../../api/types';
import { MISSING_DATA_MODES } from '../../api/values';
import type { FieldError } from '../../api/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { errorsByIndex } from '../../lib/paths';
import { useSession } from '../../session/SessionContext';
import { AssignmentsEditor } from './AssignmentsEditor';
import { PreviewPanel } from './preview/PreviewPanel';
import { WhatIfPanel } from './whatif/WhatIfPanel';
import { RuleList } from './RuleList';
import { VersionHistory } from './VersionHistory';
import { PublishDialog } from './PublishDialog';
import { OptionSelect } from './forms/inputs';

type Tab = 'rules' | 'assignments' | 'versions' | 'preview' | 'whatIf';
const TABS: Tab[] = ['rules', 'assignments', 'versions', 'preview'];

interface PolicyEditorProps {
  policy: PolicyDetail;
  version: PolicyVersionDetail | null;
  ranks: Rank[];
  departments: Department[];
  onReload: () => void;
}

/** The policy's rules (the draft, editable with policy.manage), assignments, versions and the preview. */
export function PolicyEditor({ policy, version, ranks, departments, onReload }: PolicyEditorProps) {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const canManage = hasPermission('policy.manage');
  const [params, setParams] = useSearchParams();
  // What-if replays read every department's past bookings: for those who manage policies only.
  const tabs: Tab[] = canManage ? [...TABS, 'whatIf'] : TABS;
  const tab = tabs.find((x) => x === params.get('tab')) ?? 'rules';
  const [rules, setRules] = useState<Rule[]>(version?.rules ?? []);
  const [missingData, setMissingData] = useState<MissingDataMode>(version?.missingData ?? 'fail');
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<'publish' | 'discard' | null>(null);
  const isDraft = version?.status === 'draft';
  const grouped = errorsByIndex(errors, 'rules');

  const saveDraft = async (): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await policyApi.saveDraft(policy.id, rules, undefined, missingData);
      setErrors([]);
      setDirty(false);
      return true;
    } catch (err) {
      setErrors(fieldErrorsOf(err));
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  // The draft is saved first, so that the dialog's coverage warnings are those of what gets published.
  const askToPublish = async () => {
    if ((dirty || !isDraft) && !(await saveDraft())) return; // the save's errors are shown at the rules
    setConfirm('publish');
  };

  const publish = async () => {
    await policyApi.publish(policy.id);
    onReload();
  };

  const versionLabel = version
    ? t(isDraft ? 'policy.editor.editingDraft' : 'policy.editor.viewingPublished', { version: version.version })
    : t('policy.editor.noVersion');

  return (
    <section data-testid="page-policy" data-policy-id={policy.id}>
      <PageHeader
        title={policy.name}
        subtitle={policy.description || undefined}
        actions={
          <Link className="btn" to="/policies">
            {t('policy.editor.backToList')}
          </Link>
        }
      />
      <div className="toolbar">
        <Tabs
          testId="policy-tab"
          label={policy.name}
          value={tab}
          tabs={tabs.map((id) => ({ id, label: id === 'whatIf' ? t('whatIf.tab') : t(`policy.tabs.${id}`) }))}
          onChange={(id) => setParams(id === 'rules' ? {} : { tab: id }, { replace: true })}
        />
      </div>
      {tab === 'rules' ? (
        <>
          <div className="status-strip card">
            <span className={`badge ${isDraft ? 'badge-warning' : 'badge-success'}`} data-testid="policy-version-label">
              {versionLabel}
            </span>
            {dirty ? <span className="muted small">{t('policy.editor.unsaved')}</span> : null}
            <span className="spacer" />
            {canManage ? (
              <div className="action-bar">
                <button
                  type="button"
                  className="btn"
                  disabled={busy || !dirty}
                  data-testid="policy-save-draft"
                  onClick={() => void saveDraft().then((ok) => ok && (setNotice(t('policy.editor.saved')), onReload()))}
                >
                  {t('policy.editor.saveDraft')}
                </button>
                {isDraft ? (
                  <button
                    type="button"
                    className="btn btn-danger-ghost"
                    disabled={busy}
                    data-testid="policy-discard"
                    onClick={() => setConfirm('discard')}
                  >
                    {t('policy.editor.discard')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={busy || (!isDraft && !dirty)}
                  data-testid="policy-publish"
                  onClick={() => void askToPublish()}
                >
                  {t('policy.editor.publish')}
                </button>
              </div>
            ) : null}
          </div>
          <fieldset disabled={!canManage} className="plain-fieldset card" data-testid="policy-missing-data">
            <Field label={t('policyClosed.missingData.label')} hint={t('policyClosed.missingData.hint')}>
              <OptionSelect
                testId="policy-missing-data-select"
                value={missingData}
                options={MISSING_DATA_MODES}
                label={(m) => t(`policyClosed.missingData.${m}`)}
                onChange={(m) => {
                  setMissingData(m);
                  setDirty(true);
                }}
              />
            </Field>
          </fieldset>
          {!canManage ? <Notice kind="info">{t('policy.editor.readOnly')}</Notice> : null}
          {notice ? (
            <Notice kind="success" testId="policy-notice" onDismiss={() => setNotice(null)} dismissLabel={t('common.close')}>
              {notice}
            </Notice>
          ) : null}
          <ErrorNotice error={error} testId="policy-error" />
          {grouped.other.length > 0 ? (
            <Notice kind="error" testId="policy-other-errors">
              <ul className="plain-list">
                {grouped.other.map((e) => (
                  <li key={e.path + e.message}>
                    {e.path}: {e.message}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          <RuleList
            rules={rules}
            errorsByIndex={grouped.byIndex}
            ranks={ranks}
            readOnly={!canManage}
            onChange={(next) => {
              // the server's errors name rules by index: once rules are added or removed they point elsewhere
              if (next.length !== rules.length) {
                setErrors([]);
                setError(null);
              }
              setRules(next);
              setDirty(true);
            }}
          />
        </>
      ) : null}
      {tab === 'assignments' ? (
        <AssignmentsEditor policy={policy} ranks={ranks} departments={departments} readOnly={!canManage} onSaved={onReload} />
      ) : null}
      {tab === 'versions' ? <VersionHistory policy={policy} /> : null}
      {tab === 'preview' ? <PreviewPanel rules={rules} ranks={ranks} departments={departments} /> : null}
      {tab === 'whatIf' ? <WhatIfPanel policyId={policy.id} draftVersionId={policy.draft?.versionId ?? null} /> : null}
      {confirm === 'publish' ? (
        <PublishDialog policyId={policy.id} policyName={policy.name} onConfirm={publish} onClose={() => setConfirm(null)} />
      ) : null}
      {confirm === 'discard' ? (
        <ConfirmDialog
          title={t('policy.editor.discardTitle')}
          message={t('policy.editor.discardConfirm')}
          confirmLabel={t('policy.editor.discard')}
          danger
          onConfirm={async () => {
            await policyApi.discardDraft(policy.id);
            onReload();
          }}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../api/policy';
import type { CoverageGap } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { localized } from '../../lib/localized';

interface PublishDialogProps {
  policyId: string;
  policyName: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

/**
 * 发布前确认: loads the saved draft's coverage (ranks the policy reaches that a category leaves
 * uncovered) and shows it before the admin confirms; publishing goes ahead only on their click.
 */
export function PublishDialog({ policyId, policyName, onConfirm, onClose }: PublishDialogProps) {
  const { t } = useTranslation();
  const [warnings, setWarnings] = useState<CoverageGap[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    policyApi.draftCoverage(policyId).then(
      (c) => live && setWarnings(c.warnings),
      (err: unknown) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [policyId]);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const gaps = warnings ?? [];
  return (
    <Dialog
      title={t('policy.editor.publishTitle')}
      onClose={onClose}
      testId="publish-dialog"
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="publish-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={gaps.length > 0 ? 'btn btn-danger' : 'btn btn-primary'}
            onClick={() => void confirm()}
            disabled={busy || warnings === null}
            data-testid="publish-confirm"
          >
            {gaps.length > 0 ? t('policyClosed.publish.publishAnyway') : t('policy.editor.publish')}
          </button>
        </>
      }
    >
      <p>{t('policy.editor.publishConfirm', { name: policyName })}</p>
      {warnings === null && error === null ? <p className="muted">{t('policyClosed.publish.checking')}</p> : null}
      {warnings !== null && gaps.length === 0 ? (
        <p className="muted" data-testid="publish-covered">
          {t('policyClosed.publish.covered')}
        </p>
      ) : null}
      {gaps.length > 0 ? (
        <Notice kind="warning" testId="publish-warnings">
          <p>{t('policyClosed.publish.warningsTitle', { count: gaps.length })}</p>
          <ul className="plain-list">
            {gaps.map((g) => (
              <li key={`${g.rankCode}-${g.category}`} data-testid="publish-warning" data-category={g.category} data-rank={g.rankCode}>
                <strong>{t(`policyClosed.publish.category.${g.category}`)}</strong> · {localized(g.message)}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
      <ErrorNotice error={error} testId="publish-error" />
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import type { ApprovalPreview, StagePreview } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { clauseJoin, listJoin } from '../../lib/lists';

const SKIP_REASONS = ['requester', 'inactive', 'already_approved'] as const;
type SkipReason = (typeof SKIP_REASONS)[number];

function isSkipReason(value: string): value is SkipReason {
  return (SKIP_REASONS as readonly string[]).includes(value);
}

/** Why people were left out of a stage: "张三是申请人本人；李四已停用". */
function useSkippedText() {
  const { t } = useTranslation();
  return (skipped: StagePreview['skipped']): string =>
    clauseJoin(
      skipped.map((s) =>
        isSkipReason(s.reason)
          ? t(`travel.approvers.skipReason.${s.reason}`, { name: s.name })
          : t('travel.approvers.skipReason.other', { name: s.name, reason: s.reason }),
      ),
    );
}

interface ChoiceProps {
  /** 发起人自选 so far, by stage id. */
  choices?: Record<string, string>;
  /** Stages still waiting for a choice, once the requester tried to submit. */
  missingChoices?: readonly string[];
  onChoose?: (stageId: string, employeeId: string) => void;
}

/** 发起人自选: the requester picks this stage's approver from the flow's list. */
function ChoicePicker({ stage, choices, missingChoices, onChoose }: { stage: StagePreview } & ChoiceProps) {
  const { t } = useTranslation();
  const candidates = stage.choice?.candidates ?? [];
  const missing = missingChoices?.includes(stage.stageId) ?? false;
  if (candidates.length === 0) return <p className="muted small">{t('approvalOrg.choice.noCandidates')}</p>;
  const id = `choice-${stage.stageId}`;
  return (
    <div className="approver-choice">
      <label htmlFor={id} className="small">
        {t('approvalOrg.choice.label', { stage: stage.name })}
      </label>{' '}
      <select
        id={id}
        data-testid="approver-choice"
        data-stage-id={stage.stageId}
        aria-invalid={missing || undefined}
        value={choices?.[stage.stageId] ?? ''}
        onChange={(e) => onChoose?.(stage.stageId, e.target.value)}
      >
        <option value="">{t('approvalOrg.choice.placeholder')}</option>
        {candidates.map((c) => (
          <option key={c.employeeId} value={c.employeeId}>
            {c.name}
          </option>
        ))}
      </select>
      {missing ? (
        <p className="field-error" data-testid="approver-choice-missing">
          {t('approvalOrg.choice.required', { stage: stage.name })}
        </p>
      ) : null}
    </div>
  );
}

function StageLine({ stage, index, ...choice }: { stage: StagePreview; index: number } & ChoiceProps) {
  const { t } = useTranslation();
  const skippedText = useSkippedText();
  const people = stage.steps.map((step) => listJoin(step.map((p) => p.name))).join(' → ');
  return (
    <li className={`stepper-stage preview-${stage.outcome}`} data-testid="approver-preview-stage" data-outcome={stage.outcome}>
      <span className="stepper-dot" aria-hidden="true">
        {index + 1}
      </span>
      <div className="stepper-body">
        <div className="stepper-head">
          <strong>{stage.name}</strong>
          {stage.outcome === 'open' ? (
            <span className="muted small">{stage.mode === 'all' ? t('travel.approvers.modeAll') : t('travel.approvers.modeAny')}</span>
          ) : null}
          {stage.outcome === 'skip' ? <span className="badge badge-neutral">{t('travel.approvers.skip')}</span> : null}
          {stage.outcome === 'fail' ? <span className="badge badge-warning">{t('travel.approvers.fail')}</span> : null}
          {stage.outcome === 'choose' ? <span className="badge badge-info">{t('approvalOrg.choice.outcome')}</span> : null}
          {stage.fallback ? (
            <span className="badge badge-info" title={t('travel.approvers.fallbackHint')} data-testid="approver-preview-fallback">
              {t('travel.approvers.fallback')}
            </span>
          ) : null}
        </div>
        {stage.outcome === 'open' ? (
          <p className="approver-preview-people" data-testid="approver-preview-people">
            {people}
          </p>
        ) : null}
        {stage.choice !== null ? <ChoicePicker stage={stage} {...choice} /> : null}
        {stage.outcome === 'choose' ? null : stage.outcome !== 'open' ? (
          <p className="muted small approver-preview-note">
            {stage.skipped.length > 0 ? skippedText(stage.skipped) : t('travel.approvers.skipReason.none')}
          </p>
        ) : stage.skipped.length > 0 ? (
          <p className="muted small approver-preview-note">{t('travel.approvers.leftOut', { list: skippedText(stage.skipped) })}</p>
        ) : null}
      </div>
    </li>
  );
}

interface ApproverPreviewViewProps extends ChoiceProps {
  /** False until there is an estimate to ask about. */
  wanted: boolean;
  preview: ApprovalPreview | null;
  loading: boolean;
  error: unknown;
}

/** 预计审批流程 · <flow>: the stages a request would likely go through, as a compact stepper. */
export function ApproverPreviewView({ wanted, preview, loading, error, ...choice }: ApproverPreviewViewProps) {
  const { t } = useTranslation();
  const state = !wanted ? 'idle' : error ? 'error' : !preview ? 'loading' : preview.flow === null ? 'none' : 'flow';
  return (
    <div className="approver-preview" data-testid="approver-preview" data-state={state} aria-busy={loading || undefined} aria-live="polite">
      <p className="approver-preview-title">
        <strong>{t('travel.approvers.title')}</strong>
        {preview?.flow ? <span data-testid="approver-preview-flow"> · {preview.flow.name}</span> : null}
      </p>
      {state === 'idle' ? <p className="muted small">{t('travel.approvers.notYet')}</p> : null}
      {state === 'error' ? <ErrorNotice error={error} testId="approver-preview-error" /> : null}
      {state === 'loading' ? <p className="muted small">{t('common.loading')}</p> : null}
      {state === 'none' ? (
        <p className="muted" data-testid="approver-preview-none">
          {t('travel.approvers.noFlow')}
        </p>
      ) : null}
      {state === 'flow' && preview ? (
        <ol className="stepper stepper-compact">
          {preview.stages.map((stage, i) => (
            <StageLine key={stage.stageId} stage={stage} index={i} {...choice} />
          ))}
        </ol>
      ) : null}
    </div>
  );
}

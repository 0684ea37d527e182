import { useTranslation } from 'react-i18next';
import type { ApprovalView, StageApprover } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { listJoin } from '../../lib/lists';
import { Notice } from '../../components/Notice';

const KNOWN_DECISIONS = [
  'pending',
  'approved',
  'rejected',
  'skipped',
  'transferred',
  'returned',
  'waiting',
  'cancelled',
  'withdrawn',
] as const;
type KnownDecision = (typeof KNOWN_DECISIONS)[number];

const TONE: Record<string, string> = {
  approved: 'badge-success',
  rejected: 'badge-danger',
  returned: 'badge-warning',
  pending: 'badge-info',
  active: 'badge-info',
  failed: 'badge-danger',
};

function isKnown(value: string): value is KnownDecision {
  return (KNOWN_DECISIONS as readonly string[]).includes(value);
}

const STAGE_STATUSES = [
  'not_started',
  'pending',
  'active',
  'waiting',
  'approved',
  'rejected',
  'skipped',
  'failed',
  'returned',
  'cancelled',
] as const;
type StageStatus = (typeof STAGE_STATUSES)[number];

function isStageStatus(value: string): value is StageStatus {
  return (STAGE_STATUSES as readonly string[]).includes(value);
}

function ApproverLine({ approver }: { approver: StageApprover }) {
  const { t } = useTranslation();
  const decision = approver.decision;
  // A stage's timeout is the system's decision: said as such, never as the approver's own.
  const system = approver.decidedBy?.kind === 'system' ? approver.decidedBy.reason : null;
  return (
    <li
      className="stepper-approver"
      data-testid="stepper-approver"
      data-employee-id={approver.employeeId}
      data-decision={decision}
      data-decided-by={approver.decidedBy?.kind}
    >
      {system ? (
        <>
          <span className="strong" data-testid="stepper-system">
            {t(`approvals.system.${system}`)}
          </span>
          <span className="muted small">{t('approvals.stepper.placeOf', { name: approver.name })}</span>
        </>
      ) : (
        <span className="strong">{approver.name}</span>
      )}
      {approver.onBehalfOf ? (
        <span
          className="badge badge-neutral"
          data-testid="stepper-delegate"
          title={t('approvals.stepper.onBehalfOf', { name: approver.onBehalfOf.name })}
        >
          {t('approvals.stepper.delegateMark', { name: approver.onBehalfOf.name })}
        </span>
      ) : null}
      <span className={`badge ${TONE[decision] ?? 'badge-neutral'}`} data-testid="stepper-decision">
        {isKnown(decision) ? t(`approvals.decision.${decision}`) : decision}
      </span>

      {approver.decidedAt ? <span className="muted small">{formatDateTime(approver.decidedAt)}</span> : null}
      {approver.comment ? (
        <p className="stepper-comment" data-testid="stepper-comment">
          “{approver.comment}”
        </p>
      ) : null}
    </li>
  );
}

/** 抄送: who a stage's (or the flow's) carbon copy went to. */
function CarbonCopies({ people, flow }: { people: ApprovalView['carbonCopies']; flow?: boolean }) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  const names = listJoin(people.map((p) => p.name));
  return (
    <p className="muted small" data-testid={flow ? 'stepper-flow-cc' : 'stepper-cc'}>
      {flow ? t('approvalOrg.cc.flowSentTo', { names }) : t('approvalOrg.cc.sentTo', { names })}
    </p>
  );
}

/**
 * 审批进度: stages top to bottom, each with its approvers, decisions, 代 (delegates), comments, due
 * time, how many of several have approved (会签 "2/3 已同意") and to whom it was copied (抄送).
 */
export function ApprovalStepper({ approval }: { approval: ApprovalView }) {
  const { t } = useTranslation();
  return (
    <>
      {approval.copiedToViewer ? (
        <Notice kind="info" testId="stepper-copied-to-you">
          {t('approvalOrg.cc.copiedToYou')}
        </Notice>
      ) : null}
      <ol className="stepper" data-testid="approval-stepper" data-status={approval.status}>
        {approval.stages.map((stage, index) => {
          const current = approval.currentStageIndex === index && approval.status === 'pending';
          const state = current ? 'current' : stage.status;
          return (
            <li
              key={stage.id}
              className={`stepper-stage stepper-${state}`}
              data-testid="stepper-stage"
              data-status={stage.status}
              data-current={current || undefined}
            >
              <span className="stepper-dot" aria-hidden="true">
                {index + 1}
              </span>
              <div className="stepper-body">
                <div className="stepper-head">
                  <strong>{stage.name}</strong>
                  <span className="muted small">{stage.mode === 'all' ? t('approvals.mode.all') : t('approvals.mode.any')}</span>
                  <span className={`badge ${TONE[stage.status] ?? 'badge-neutral'}`} data-testid="stepper-stage-status">
                    {isStageStatus(stage.status) ? t(`approvals.stageStatus.${stage.status}`) : stage.status}
                  </span>
                  {stage.mode === 'all' && stage.progress && stage.progress.total > 1 ? (
                    <span className="badge badge-neutral" data-testid="stepper-progress">
                      {t('approvalOrg.progress.approved', stage.progress)}
                    </span>
                  ) : null}
                  {current && stage.dueAt ? (
                    <span className="muted small" data-testid="stepper-due">
                      {t('approvals.stepper.due', { at: formatDateTime(stage.dueAt) })}
                    </span>
                  ) : null}
                </div>
                {stage.approvers.length > 0 ? (
                  <ul className="stepper-approvers">
                    {stage.approvers.map((a, i) => (
                      <ApproverLine key={`${a.employeeId}-${i}`} approver={a} />
                    ))}
                  </ul>
                ) : (
                  <p className="muted small">{t('approvals.stepper.noApprovers')}</p>
                )}
                <CarbonCopies people={stage.carbonCopies} />
              </div>
            </li>
          );
        })}
      </ol>
      <CarbonCopies people={approval.carbonCopies} flow />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../api/types';
import { formatDateTime, formatDateTimeFull } from '../../lib/format';
import { systemDecisionOf } from '../approvals/systemDecision';
import { listJoin } from '../../lib/lists';

const REQUEST_EVENTS = [
  'created',
  'updated',
  'submitted',
  'resubmitted',
  'approving',
  'approved',
  'rejected',
  'returned',
  'withdrawn',
  'cancelled',
  'completed',
] as const;
/** Changes after approval (变更), labelled from the travelMoney namespace. */
const CHANGE_EVENTS = [
  'change_requested',
  'change_applied',
  'change_returned',
  'change_rejected',
  'change_withdrawn',
  'change_cancelled',
] as const;
const APPROVAL_EVENTS = [
  'submitted',
  'resubmitted',
  'stage_entered',
  'step_entered',
  'stage_skipped',
  'stage_approved',
  'stage_failed',
  'approved',
  'rejected',
  'returned',
  'transferred',
  'reassigned',
  'approver_added',
  'commented',
  'withdrawn',
  'cancelled',
  'reminded',
  'escalated',
  'carbon_copied',
  'completed',
] as const;
type RequestEvent = (typeof REQUEST_EVENTS)[number];
type ChangeEvent = (typeof CHANGE_EVENTS)[number];
type ApprovalEvent = (typeof APPROVAL_EVENTS)[number];

type Kind = { of: 'request'; name: RequestEvent } | { of: 'change'; name: ChangeEvent } | { of: 'approval'; name: ApprovalEvent } | null;

/** 'travel_request.submitted' → the request's own event; 'approval.approved' → an approval event. */
function kindOf(type: string): Kind {
  const [prefix, name = ''] = type.split('.', 2);
  if (prefix === 'travel_request' && (REQUEST_EVENTS as readonly string[]).includes(name))
    return { of: 'request', name: name as RequestEvent };
  if (prefix === 'travel_request' && (CHANGE_EVENTS as readonly string[]).includes(name))
    return { of: 'change', name: name as ChangeEvent };
  if (prefix === 'approval' && (APPROVAL_EVENTS as readonly string[]).includes(name))
    return { of: 'approval', name: name as ApprovalEvent };
  return null;
}

/** The request's status changes: said of the request, not of whoever caused them. */
const STATUS_EVENTS = new Set<string>(['approving', 'approved', 'rejected', 'returned', 'completed']);
function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Why a request was completed: the daily sweep after the trip ('trip_ended') or by hand ('manual', 结束行程). */
const COMPLETION_REASONS = ['trip_ended', 'manual'] as const;
type CompletionReason = (typeof COMPLETION_REASONS)[number];
function completionReason(kind: Kind, data: Record<string, unknown>): CompletionReason | null {
  if (kind?.of !== 'request' || kind.name !== 'completed') return null;
  const reason = text(data.reason);
  return (COMPLETION_REASONS as readonly string[]).includes(reason) ? (reason as CompletionReason) : null;
}

/** Every event of the request, oldest first, at the viewer's local time. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="muted">{t('travel.timeline.empty')}</p>;
  return (
    <ol className="timeline" data-testid="timeline">
      {events.map((event) => {
        const kind = kindOf(event.type);
        const d = event.data;
        const recipients = Array.isArray(d.recipientNames) ? d.recipientNames.map(text) : [];
        const vars = {
          flow: text(d.flowName),
          to: text(d.toName),
          who: text(d.whoName),
          from: text(d.fromName),
          names: listJoin(recipients),
        };
        const completedBy = completionReason(kind, d);
        const label =
          kind === null
            ? event.type
            : completedBy
              ? t(`travel.timeline.completedBy.${completedBy}`)
              : kind.of === 'request'
                ? t(`travel.timeline.request.${kind.name}`)
                : kind.of === 'change'
                  ? t(`travelMoney.timeline.${kind.name}`)
                  : kind.name === 'reassigned'
                    ? t(d.reason === 'offboarding' ? 'offboarding.timeline.offboarding' : 'offboarding.timeline.admin', vars)
                    : t(`travel.timeline.approval.${kind.name}`, vars);
        // 结束行程 by hand is said of whoever did it; the other status changes of the request itself.
        const showActor = !(kind?.of === 'request' && STATUS_EVENTS.has(kind.name) && completedBy !== 'manual');
        const comment = text(d.comment) || text(d.note);
        const stage = text(d.stageName);
        const system = systemDecisionOf(d);
        const onBehalf = system ? '' : text(d.onBehalfOfName);
        const actor = system ? t(`approvals.system.${system}`) : event.actorKind === 'system' ? t('audit.system') : event.actorName;
        return (
          <li
            key={event.seq}
            className={`timeline-event timeline-${kind?.of ?? 'other'}`}
            data-testid="timeline-event"
            data-type={event.type}
            data-actor={event.actorName}
          >
            <time className="timeline-time muted small" dateTime={event.at} title={formatDateTimeFull(event.at)}>
              {formatDateTime(event.at)}
            </time>
            <div className="timeline-body">
              {!showActor ? null : (
                <>
                  <span className="strong" data-testid="timeline-actor">
                    {actor}
                  </span>
                  {onBehalf ? <span className="muted"> {t('approvals.stepper.onBehalfOf', { name: onBehalf })}</span> : null}{' '}
                </>
              )}
              <span data-testid="timeline-label">{label}</span>
              {stage ? <span className="muted"> · {stage}</span> : null}
              {comment ? <p className="timeline-comment">“{comment}”</p> : null}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

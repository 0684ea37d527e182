import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../api/types';
import { REQUEST_STATUSES } from '../../api/values';

const TONE: Record<RequestStatus, string> = {
  draft: 'badge-neutral',
  approving: 'badge-info',
  approved: 'badge-success',
  rejected: 'badge-danger',
  returned: 'badge-warning',
  withdrawn: 'badge-neutral',
  cancelled: 'badge-neutral',
  completed: 'badge-success',
};

export function isRequestStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}

/** 草稿 / 审批中 / 已通过 / 已驳回 / 已退回 / 已撤回 / 已取消 / 已完成 */
export function RequestStatusBadge({ status, testId = 'request-status' }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  if (!isRequestStatus(status)) {
    return (
      <span className="badge" data-testid={testId} data-status={status}>
        {status}
      </span>
    );
  }
  return (
    <span className={`badge ${TONE[status]}`} data-testid={testId} data-status={status}>
      {t(`travel.status.${status}`)}
    </span>
  );
}

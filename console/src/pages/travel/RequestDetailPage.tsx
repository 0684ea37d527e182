import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { APPROVALS_CHANGED } from '../../api/approval';
import { travelApi } from '../../api/travel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { ApprovalActions } from '../approvals/ApprovalActions';
import { ApprovalStepper } from '../approvals/ApprovalStepper';
import { BudgetCheckView } from './BudgetCheckView';
import { ChangesView } from './ChangesView';
import { CostSharesView } from './CostSharesView';
import { PolicyCheckView } from './PolicyCheckView';
import { RequesterActions } from './RequesterActions';
import { RequestStatusBadge } from './RequestStatusBadge';
import { RequestSummary } from './RequestSummary';
import { Timeline } from './Timeline';
import { ApproverPreviewView } from './ApproverPreviewView';
import { useApproverPreview } from './useApproverPreview';
import { listJoin } from '../../lib/lists';

/** /travel/requests/:id: summary, budget check, approval progress, timeline and the viewer's actions. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { me, hasPermission } = useSession();
  const request = useLoad(() => travelApi.get(id), id);
  const { reload } = request;
  // 预计审批人 for the requester's own draft or returned request (before it is submitted again).
  const loaded = request.data?.id === id ? request.data : null;
  const previewWanted =
    loaded !== null && (loaded.status === 'draft' || loaded.status === 'returned') && me?.employeeId === loaded.requesterId;
  const approvers = useApproverPreview(previewWanted ? loaded.estimatedTotalFen : 0, loaded?.projectId ?? '');
  useEffect(() => {
    window.addEventListener(APPROVALS_CHANGED, reload);
    return () => window.removeEventListener(APPROVALS_CHANGED, reload);
  }, [reload]);

  if (request.error && !request.data) {
    return (
      <section data-testid="page-request">
        <PageHeader title={t('travel.detail.title')} />
        <ErrorNotice error={request.error} onRetry={request.reload} />
      </section>
    );
  }
  const r = request.data;
  if (!r || r.id !== id) return <Loading />;
  const isRequester = Boolean(me?.employeeId && me.employeeId === r.requesterId);
  // 预订: an approved request, for whoever travels on it or filed it, or books for others (代订).
  const mayBook =
    r.status === 'approved' &&
    (hasPermission('booking.others') ||
      (hasPermission('booking.self') && (isRequester || r.travellers.some((p) => p.employeeId === me?.employeeId))));
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;

  return (
    <section data-testid="page-request" data-request-id={r.id} data-status={r.status}>
      <PageHeader
        title={r.purpose}
        subtitle={`${t('travel.detail.code')} ${r.code}`}
        actions={
          <Link className="btn" to="/travel/requests">
            {t('travel.detail.backToList')}
          </Link>
        }
      />
      {justSubmitted ? (
        <Notice kind="success" testId="request-submitted-notice">
          {t('travel.detail.submittedNotice')}
        </Notice>
      ) : null}
      <ErrorNotice error={request.error} onRetry={request.reload} />
      <div className="status-strip card">
        <RequestStatusBadge status={r.status} />
        {r.currentApprovers.length > 0 ? (
          <span>
            <span className="muted">{t('travel.detail.currentApprovers')}</span>{' '}
            <span className="strong" data-testid="request-current-approvers">
              {listJoin(r.currentApprovers.map((a) => a.name))}
            </span>
          </span>
        ) : null}
        <span className="spacer" />
        {r.approval ? <ApprovalActions approval={r.approval} onDone={request.reload} /> : null}
        {mayBook ? (
          <Link className="btn btn-primary" to={`/book?request=${encodeURIComponent(r.id)}`} data-testid="request-book">
            {t('booking.bookFromRequest')}
          </Link>
        ) : null}
        {isRequester ? <RequesterActions request={r} onDone={request.reload} /> : null}
      </div>

      <div className="detail-layout">
        <div className="detail-main">
          <RequestSummary request={r} />
          <div className="card detail-card" data-testid="request-cost-bearer-card">
            <h2 className="card-title">{t('travelMoney.shares.title')}</h2>
            <p>
              <span className="muted">{t('travelMoney.bearer.label')}</span>{' '}
              <span data-testid="request-cost-bearer" data-bearer={r.costBearer}>
                {t(`travelMoney.bearer.${r.costBearer}`)}
                {r.costBearer === 'cost_centre' && r.costCentreName ? ` · ${r.costCentreName}` : ''}
                {r.costBearer === 'project' && r.projectName ? ` · ${r.projectName}` : ''}
              </span>
            </p>
            <CostSharesView shares={r.costShares} testId="request-cost-shares" />
          </div>
          {r.changes.length > 0 ? (
            <div className="card detail-card">
              <h2 className="card-title">{t('travelMoney.change.listTitle')}</h2>
              <ChangesView changes={r.changes} requestId={r.id} isRequester={isRequester} onDone={request.reload} />
            </div>
          ) : null}
          <div className="card detail-card">
            <h2 className="card-title">{t('travel.detail.budgetCheck')}</h2>
            <BudgetCheckView check={r.budgetCheck} testId="request-budget-check" />
            {r.overBudgetReason ? (
              <p data-testid="request-over-budget-reason">
                <span className="muted">{t('travel.detail.overBudgetReason')}</span> {r.overBudgetReason}
              </p>
            ) : null}
          </div>
          <div className="card detail-card">
            <h2 className="card-title">{t('policyClosed.request.title')}</h2>
            <PolicyCheckView
              check={r.policyCheck}
              reason={r.policyReason}
              travellerNames={new Map(r.travellers.map((x) => [x.employeeId, x.name]))}
            />
          </div>
          <div className="card detail-card">
            <h2 className="card-title">{t('travel.detail.timeline')}</h2>
            <Timeline events={r.timeline} />
          </div>
        </div>
        <aside className="detail-side">
          <div className="card detail-card">
            <h2 className="card-title">{t('travel.detail.approval')}</h2>
            {r.approval ? (
              <>
                <p className="muted small">{t('travel.detail.flow', { name: r.approval.flowName })}</p>
                <ApprovalStepper approval={r.approval} />
              </>
            ) : previewWanted ? (
              <ApproverPreviewView
                wanted={approvers.wanted}
                preview={approvers.preview}
                loading={approvers.loading}
                error={approvers.error}
              />
            ) : (
              <p className="muted">{t('travel.detail.noApproval')}</p>
            )}
          </div>
        </aside>
      </div>
    </section>
  );
}

import { budgetApi } from '../../api/budget';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { useLoad } from '../../lib/useLoad';
import { ApprovalActions } from '../approvals/ApprovalActions';
import { ApprovalStepper } from '../approvals/ApprovalStepper';

/** An adjustment's approval: its stages and who decided, and the viewer's actions (approve, reject …) when it is their turn. */
export function AdjustmentApproval({ id, onDecided }: { id: string; onDecided: () => void }) {
  const detail = useLoad(() => budgetApi.adjustment(id), id);
  const approval = detail.data?.approval ?? null;
  return (
    <div className="ledger-approval" data-testid="budget-adjustment-approval">
      <ErrorNotice error={detail.error} onRetry={detail.reload} />
      {detail.loading && !detail.data ? <Loading /> : null}
      {approval ? (
        <>
          <ApprovalStepper approval={approval} />
          <ApprovalActions
            approval={approval}
            onDone={() => {
              detail.reload();
              onDecided();
            }}
          />
        </>
      ) : null}
    </div>
  );
}

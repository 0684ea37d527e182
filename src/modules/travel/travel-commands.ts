import type { TravelViewer } from './travel-access.ts';
import { getTravelRequest, type TravelRequestDetail } from './travel-request-detail.ts';
import type { Actor } from '../access/index.ts';
import { type ApprovalDeps, type ApprovalWork, runApprovalWork } from '../approval/index.ts';

/**
 * Runs a change of one travel request (submit, withdraw, cancel) as an approval unit of work —
 * timers are sent after the commit — and answers the request as the viewer now sees it.
 */
export async function runTravelCommand(
  deps: ApprovalDeps,
  args: { tenantId: string; actor: Actor; viewer: TravelViewer; id: string; now?: Date },
  command: (work: ApprovalWork) => Promise<void>,
): Promise<TravelRequestDetail> {
  await runApprovalWork(deps, args, command);
  return getTravelRequest(deps.db, { tenantId: args.tenantId, id: args.id, viewer: args.viewer, now: args.now });
}

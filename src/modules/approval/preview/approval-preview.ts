import type { Db, Tx } from '../../../platform/db/database.ts';
import { inTenantScope } from '../../../platform/db/scope.ts';
import { validationFailed } from '../../../platform/errors/app-error.ts';
import {
  type ApprovalCategory,
  type ApprovalSubject,
  choiceStagesOf,
  type FlowDefinition,
  type OrgDirectory,
  previewApprovers,
  selectFlow,
  type StageMode,
} from '../engine/index.ts';
import { activeFlows } from '../flows/read-flows.ts';
import { departmentChain, employeeLabels, nameIn } from '../../org/index.ts';
import { loadApprovalOrg } from '../org/load-approval-org.ts';

interface Person {
  employeeId: string;
  name: string;
}

/** One stage as it would likely go if everyone approved (预计审批人). */
export interface StagePreviewView {
  stageId: string;
  name: string;
  mode: StageMode;
  /**
   * open: these people would be asked; skip: nobody is left and the stage is passed; fail: the
   * approval would stop here; choose: the requester is to pick the approver (发起人自选).
   */
  outcome: 'open' | 'skip' | 'fail' | 'choose';
  /** Asked one step after another (a manager chain is a step per level); within a step, per the mode. */
  steps: Person[][];
  /** The stage's own rule left nobody and its fallback answers. */
  fallback: boolean;
  skipped: (Person & { reason: string })[];
  /** 发起人自选: the people the requester may choose (active, not themself) and the one chosen; null for other stages. */
  choice: { candidates: Person[]; chosen: string | null } | null;
}

export interface ApprovalPreviewView {
  /** The flow that would be chosen; null: none applies (a travel request is then approved at once). */
  flow: { id: string; name: string } | null;
  stages: StagePreviewView[];
}

/** What a preview is asked about; the department and its path come from the requester. */
export interface PreviewSubject {
  category: ApprovalCategory;
  amountFen: number;
  requesterId: string;
  projectId: string | null;
  outOfPolicy: boolean;
  withinApprovedRequest?: boolean;
  costCentreId?: string | null;
  /** Everyone travelling (the requester included if they travel). */
  travellers?: string[];
  chosenApprovers?: Record<string, string>;
}

/** The engine's subject for a requester of the tenant (422 when the requester has no department: not an employee). */
export async function approvalSubjectOf(
  tx: Tx,
  tenantId: string,
  directory: OrgDirectory,
  input: PreviewSubject,
): Promise<ApprovalSubject> {
  const departmentId = directory.employeeDepartment(input.requesterId);
  if (departmentId === null) throw validationFailed([{ path: 'requesterId', message: 'not an employee of this enterprise' }]);
  return {
    category: input.category,
    amountFen: input.amountFen,
    departmentId,
    departmentChain: await departmentChain(tx, tenantId, departmentId),
    outOfPolicy: input.outOfPolicy,
    projectId: input.projectId,
    requesterId: input.requesterId,
    ...(input.withinApprovedRequest !== undefined ? { withinApprovedRequest: input.withinApprovedRequest } : {}),
    ...(input.costCentreId !== undefined ? { costCentreId: input.costCentreId } : {}),
    ...(input.travellers !== undefined ? { travellers: input.travellers } : {}),
    ...(input.chosenApprovers !== undefined ? { chosenApprovers: input.chosenApprovers } : {}),
  };
}

/** The stages of a flow, resolved against the organisation now and named. */
export async function previewStages(
  tx: Tx,
  tenantId: string,
  flow: FlowDefinition,
  subject: ApprovalSubject,
  directory: OrgDirectory,
): Promise<StagePreviewView[]> {
  const previews = previewApprovers(flow, subject, directory);
  // 发起人自选 stages: who may be chosen (not the requester, not someone who left).
  const choices = new Map(
    choiceStagesOf(flow).map((c) => [c.stageId, c.candidateIds.filter((id) => id !== subject.requesterId && directory.isActive(id))]),
  );
  const ids = previews.flatMap((p) => [
    ...(p.resolution.kind === 'open' ? p.resolution.steps.flat() : []),
    ...p.resolution.skipped.map((s) => s.employeeId),
    ...(choices.get(p.stageId) ?? []),
  ]);
  const labels = await employeeLabels(tx, tenantId, ids);
  const person = (employeeId: string): Person => ({ employeeId, name: nameIn(labels, employeeId) });
  return previews.map(({ stageId, name, resolution }) => {
    const candidates = choices.get(stageId);
    const chosen = subject.chosenApprovers?.[stageId] ?? null;
    const choosing = candidates !== undefined && (chosen === null || !candidates.includes(chosen));
    return {
      stageId,
      name,
      mode: flow.stages.find((s) => s.id === stageId)?.mode ?? 'any',
      outcome: choosing ? 'choose' : resolution.kind,
      steps: resolution.kind === 'open' && !choosing ? resolution.steps.map((step) => step.map(person)) : [],
      fallback: resolution.kind === 'open' && resolution.source === 'fallback' && !choosing,
      skipped: choosing ? [] : resolution.skipped.map((s) => ({ ...person(s.employeeId), reason: s.reason })),
      choice: candidates === undefined ? null : { candidates: candidates.map(person), chosen: choosing ? null : chosen },
    };
  });
}

/** The flow the tenant would choose for the subject and who would approve it, inside a tenant transaction. */
export async function previewApprovalIn(tx: Tx, tenantId: string, input: PreviewSubject, now: Date): Promise<ApprovalPreviewView> {
  const { directory } = await loadApprovalOrg(tx, tenantId, now);
  const subject = await approvalSubjectOf(tx, tenantId, directory, input);
  const flows = await activeFlows(tx, tenantId);
  const flow = selectFlow(flows, subject);
  if (flow === null) return { flow: null, stages: [] };
  return { flow: { id: flow.id, name: flow.name }, stages: await previewStages(tx, tenantId, flow, subject, directory) };
}

export function previewApproval(db: Db, args: { tenantId: string; input: PreviewSubject; now?: Date }): Promise<ApprovalPreviewView> {
  return inTenantScope(db, [args.tenantId], (tx) => previewApprovalIn(tx, args.tenantId, args.input, args.now ?? new Date()));
}

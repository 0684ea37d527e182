import type { ErrorCode } from '../../platform/errors/catalogue.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { ApprovalError, type ApprovalErrorCode, type ChoiceIssue, type FlowIssue } from './engine/index.ts';

/**
 * The one place where the engine's refusals meet the error catalogue. Bad input names the field
 * of the action request (POST /approvals/:id/actions) it concerns.
 */
const mapping: Record<ApprovalErrorCode, { code: ErrorCode; path?: string; message: string }> = {
  NOT_AN_APPROVER: { code: 'NOT_AN_APPROVER', message: 'You cannot decide in the current step of this approval' },
  SELF_APPROVAL: { code: 'SELF_APPROVAL', message: 'A delegate cannot decide on a request they submitted or travel on' },
  ALREADY_DECIDED: { code: 'INVALID_STATE', message: 'You have already decided in this step' },
  INSTANCE_CLOSED: { code: 'INVALID_STATE', message: 'The approval is closed' },
  AWAITING_RESUBMISSION: { code: 'INVALID_STATE', message: 'The request was returned to the requester and awaits resubmission' },
  NOT_RETURNED: { code: 'INVALID_STATE', message: 'The approval was not returned' },
  NOT_THE_REQUESTER: { code: 'FORBIDDEN', message: 'Only the requester may do this' },
  NOT_INVOLVED: { code: 'FORBIDDEN', message: 'Only the requester and the approvers may comment' },
  INVALID_TARGET_STAGE: { code: 'VALIDATION_FAILED', path: 'rejectTo', message: 'must be an earlier stage that was approved' },
  INVALID_APPROVER: { code: 'VALIDATION_FAILED', path: 'toEmployeeId', message: 'cannot be asked to approve here' },
  COMMENT_REQUIRED: { code: 'VALIDATION_FAILED', path: 'comment', message: 'a comment is required' },
  INVALID_SUBJECT: { code: 'VALIDATION_FAILED', path: 'subject', message: 'the requester of a request cannot change' },
  AMBIGUOUS_ACTOR: { code: 'VALIDATION_FAILED', path: 'onBehalfOf', message: 'you act for several approvers: say for whom' },
  INVALID_FLOW: { code: 'VALIDATION_FAILED', path: 'definition', message: 'the flow definition is not usable' },
  INVALID_CHOICE: { code: 'VALIDATION_FAILED', path: 'approverChoices', message: 'not a valid choice of approver' },
};

const choiceMessages: Record<ChoiceIssue['code'], string> = {
  CHOICE_REQUIRED: 'choose the approver of this stage',
  NOT_A_CANDIDATE: 'not one of the approvers this stage offers',
  SELF: 'you cannot approve your own request',
  INACTIVE: 'this employee has left',
  NO_SUCH_STAGE: 'the flow has no stage where the requester chooses with this id',
};

const choicesOf = (details: Record<string, unknown>): ChoiceIssue[] =>
  Array.isArray(details.choices) ? (details.choices as ChoiceIssue[]) : [];

const issuesOf = (details: Record<string, unknown>): FlowIssue[] => (Array.isArray(details.issues) ? (details.issues as FlowIssue[]) : []);

export function appErrorOf(err: ApprovalError): AppError {
  const entry = mapping[err.code];
  const details: Record<string, unknown> = { approvalError: err.code, ...err.details };
  if (entry.code !== 'VALIDATION_FAILED') return new AppError(entry.code, entry.message, details);
  const reason = typeof err.details.reason === 'string' ? ` (${err.details.reason})` : '';
  const issues = issuesOf(err.details);
  const choices = choicesOf(err.details);
  const errors =
    issues.length > 0
      ? issues.map((i) => ({ path: `definition.${i.path}`, message: i.code }))
      : choices.length > 0
        ? choices.map((c) => ({ path: `approverChoices.${c.stageId}`, message: choiceMessages[c.code] }))
        : [{ path: entry.path ?? '', message: `${entry.message}${reason}` }];
  return new AppError('VALIDATION_FAILED', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { ...details, errors });
}

/** Runs an engine call, turning its refusals into catalogue errors. */
export function engineCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ApprovalError) throw appErrorOf(err);
    throw err;
  }
}

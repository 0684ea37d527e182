/**
 * The shapes of a workflow (Medusa's steps with compensations): an ordered list of steps, each of
 * which may do something outside (hold a seat, take a payment) and say how to undo it. A run's
 * progress is a record a store keeps, so a run can wait at a step (for an approval) and be resumed
 * later — in another process, after a restart — from what was saved.
 */

/** What a step returns and a store keeps: plain JSON. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What a step sees: the run's input, every earlier step's output by step name, and the data a resume brought. */
export interface StepContext<I extends Json = Json> {
  runId: string;
  input: I;
  outputs: Readonly<Record<string, Json>>;
  /** The data given to resume(), when this step waited and is being resumed; undefined otherwise. */
  resume: Json | undefined;
}

/** A step finished with an output (kept for later steps and its compensation), or waits for resume(). */
export type StepOutcome = { kind: 'done'; output: Json } | { kind: 'wait'; reason: string };

export const done = (output: Json = null): StepOutcome => ({ kind: 'done', output });
export const wait = (reason: string): StepOutcome => ({ kind: 'wait', reason });

export interface WorkflowStep<I extends Json = Json> {
  /** Unique within the workflow: outputs and the step log are keyed by it. */
  name: string;
  /**
   * Does the step's work. It may run again after a crash between its effect and the save of its
   * result, so anything it does outside must be idempotent (suppliers take idempotency keys).
   * Throwing fails the run: the completed steps are compensated, newest first.
   */
  run(ctx: StepContext<I>): Promise<StepOutcome>;
  /** Undoes a completed step (release a hold, refund a payment); idempotent for the same reason. */
  compensate?(ctx: StepContext<I>, output: Json): Promise<void>;
}

export interface Workflow<I extends Json = Json> {
  /** The kind of run ('flight_booking'), stored with it: the registry that resumes runs finds the workflow by it. */
  kind: string;
  steps: readonly WorkflowStep<I>[];
}

/**
 * running: steps are being run; waiting: a step waits for resume(); compensating: a step failed
 * and the completed ones are being undone; completed: every step done; compensated: failed and
 * fully undone; failed: failed and some compensation failed too (someone must look).
 */
export type WorkflowStatus = 'running' | 'waiting' | 'compensating' | 'completed' | 'compensated' | 'failed';

export type StepEvent = 'completed' | 'waiting' | 'resumed' | 'failed' | 'compensated' | 'compensation_failed';

export interface StepLogEntry {
  step: string;
  event: StepEvent;
  at: string;
  /** The error's message, for 'failed' and 'compensation_failed'. */
  error?: string;
  /** Why a step waits. */
  reason?: string;
}

/** What a run carries from step to step, saved with it. */
export interface RunContext {
  input: Json;
  /** Each completed step's output, by step name. */
  outputs: Record<string, Json>;
  /** The data of a resume in progress: kept until the resumed step is done, so a crash does not lose it. */
  resume?: { step: string; data: Json };
  /** The failed step and its error, while and after compensating. */
  failure?: { step: string; error: string };
}

/** A run as the store keeps it. `version` grows with every save (optimistic concurrency). */
export interface WorkflowRun {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  status: WorkflowStatus;
  /** The step being run, waited at, or (while compensating) the one that failed. */
  stepIndex: number;
  context: RunContext;
  log: StepLogEntry[];
  version: number;
}

export interface WorkflowStore {
  create(run: WorkflowRun): Promise<void>;
  load(id: string): Promise<WorkflowRun | null>;
  /**
   * Writes the run if the stored one still has `expectedVersion` (the run's version is then
   * expectedVersion + 1); false when another save came first — the caller stops: someone else drives the run.
   */
  save(run: WorkflowRun, expectedVersion: number): Promise<boolean>;
}

/**
 * One step's outcome, told to the caller after it is saved (the caller writes it to the subject's
 * timeline). A compensation names the step whose failure caused it: "hold released because
 * payment failed".
 */
export interface StepReport {
  runId: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  step: string;
  event: StepEvent;
  error?: string;
  reason?: string;
  /** For compensations: the step that failed, and its error. */
  because?: { step: string; error: string };
}

export type StepReporter = (report: StepReport) => void | Promise<void>;

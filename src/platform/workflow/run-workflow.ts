/**
 * Runs a workflow's steps in order, saving after every step, and on a failure undoes the completed
 * steps newest first. Every save is a compare-and-set on the run's version, so two processes that
 * resume the same run cannot both drive it: the second finds the version moved and does nothing.
 */
import type {
  Json,
  RunContext,
  StepContext,
  StepEvent,
  StepLogEntry,
  StepReporter,
  Workflow,
  WorkflowRun,
  WorkflowStep,
  WorkflowStore,
} from './workflow-types.ts';

export interface RunOptions {
  store: WorkflowStore;
  /** Told each step's outcome after it is saved. */
  onStep?: StepReporter;
  /** The clock the step log uses. */
  now?: () => Date;
}

/** What a resume or a continuation did: `acted` is false when the run was not in the state asked for (or someone else drives it). */
export interface RunResult {
  run: WorkflowRun;
  acted: boolean;
}

/** A failure inside the runner's own bookkeeping: the run is not where the caller thinks. */
export class WorkflowStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkflowStateError';
  }
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

class Driver<I extends Json> {
  private readonly now: () => Date;
  private readonly workflow: Workflow<I>;
  private readonly options: RunOptions;
  constructor(workflow: Workflow<I>, options: RunOptions) {
    this.workflow = workflow;
    this.options = options;
    this.now = options.now ?? (() => new Date());
  }

  private context(run: WorkflowRun): RunContext {
    return run.context;
  }

  private stepContext(run: WorkflowRun, step: WorkflowStep<I>): StepContext<I> {
    const ctx = this.context(run);
    return {
      runId: run.id,
      input: ctx.input as I,
      outputs: ctx.outputs,
      resume: ctx.resume?.step === step.name ? ctx.resume.data : undefined,
    };
  }

  /** Saves the run (version + 1); false when another save came first. */
  private async save(run: WorkflowRun): Promise<boolean> {
    const expected = run.version;
    const next = { ...run, version: expected + 1 };
    const saved = await this.options.store.save(next, expected);
    if (saved) run.version = expected + 1;
    return saved;
  }

  private log(run: WorkflowRun, step: string, event: StepEvent, extra: Omit<StepLogEntry, 'step' | 'event' | 'at'> = {}) {
    run.log = [...run.log, { step, event, at: this.now().toISOString(), ...extra }];
  }

  private async report(run: WorkflowRun, step: string, event: StepEvent, extra: { error?: string; reason?: string } = {}) {
    const failure = this.context(run).failure;
    const because = (event === 'compensated' || event === 'compensation_failed') && failure ? { because: failure } : {};
    await this.options.onStep?.({
      runId: run.id,
      kind: run.kind,
      subjectType: run.subjectType,
      subjectId: run.subjectId,
      step,
      event,
      ...extra,
      ...because,
    });
  }

  /** Runs steps from run.stepIndex while the run is 'running'. Returns false when a save lost a race. */
  async drive(run: WorkflowRun): Promise<boolean> {
    const steps = this.workflow.steps;
    while (run.status === 'running') {
      const step = steps[run.stepIndex];
      if (step === undefined) {
        run.status = 'completed';
        return this.save(run);
      }
      let outcome;
      try {
        outcome = await step.run(this.stepContext(run, step));
      } catch (err) {
        return this.fail(run, step, messageOf(err));
      }
      const ctx = this.context(run);
      if (outcome.kind === 'wait') {
        run.status = 'waiting';
        this.log(run, step.name, 'waiting', { reason: outcome.reason });
        if (!(await this.save(run))) return false;
        await this.report(run, step.name, 'waiting', { reason: outcome.reason });
        return true;
      }
      // The resume (if any) is used up: a later wait of the same step must not see it again.
      run.context = { input: ctx.input, outputs: { ...ctx.outputs, [step.name]: outcome.output } };
      run.stepIndex += 1;
      this.log(run, step.name, 'completed');
      if (!(await this.save(run))) return false;
      await this.report(run, step.name, 'completed');
    }
    return true;
  }

  private async fail(run: WorkflowRun, step: WorkflowStep<I>, error: string): Promise<boolean> {
    run.status = 'compensating';
    run.context = { ...this.context(run), failure: { step: step.name, error } };
    this.log(run, step.name, 'failed', { error });
    if (!(await this.save(run))) return false;
    await this.report(run, step.name, 'failed', { error });
    return this.compensate(run);
  }

  /**
   * Undoes the completed steps before run.stepIndex, newest first. A compensation that fails is
   * logged and reported, and the others still run: the run ends 'failed' rather than 'compensated'.
   * Steps already compensated (a continuation after a crash) are not undone twice.
   */
  async compensate(run: WorkflowRun): Promise<boolean> {
    const steps = this.workflow.steps;
    const ctx = this.context(run);
    for (let i = run.stepIndex - 1; i >= 0; i--) {
      const step = steps[i];
      if (step?.compensate === undefined || !Object.hasOwn(ctx.outputs, step.name)) continue;
      const handled = run.log.some((e) => e.step === step.name && (e.event === 'compensated' || e.event === 'compensation_failed'));
      if (handled) continue;
      let error: string | null = null;
      try {
        await step.compensate(this.stepContext(run, step), ctx.outputs[step.name] ?? null);
      } catch (err) {
        error = messageOf(err);
      }
      this.log(run, step.name, error === null ? 'compensated' : 'compensation_failed', error === null ? {} : { error });
      if (!(await this.save(run))) return false;
      await this.report(run, step.name, error === null ? 'compensated' : 'compensation_failed', error === null ? {} : { error });
    }
    run.status = run.log.some((e) => e.event === 'compensation_failed') ? 'failed' : 'compensated';
    return this.save(run);
  }
}

async function latest(store: WorkflowStore, id: string): Promise<WorkflowRun> {
  const run = await store.load(id);
  if (!run) throw new WorkflowStateError(`workflow run ${id} not found`);
  return run;
}

/** Starts a run and drives it until it completes, waits at a step, or fails and is compensated. */
export async function startWorkflow<I extends Json>(
  workflow: Workflow<I>,
  options: RunOptions,
  args: { id: string; subjectType: string; subjectId: string; input: I },
): Promise<WorkflowRun> {
  if (new Set(workflow.steps.map((s) => s.name)).size !== workflow.steps.length) {
    throw new WorkflowStateError(`workflow ${workflow.kind} has two steps of the same name`);
  }
  const run: WorkflowRun = {
    id: args.id,
    kind: workflow.kind,
    subjectType: args.subjectType,
    subjectId: args.subjectId,
    status: 'running',
    stepIndex: 0,
    context: { input: args.input, outputs: {} },
    log: [],
    version: 0,
  };
  await options.store.create(run);
  const driver = new Driver(workflow, options);
  return (await driver.drive(run)) ? run : latest(options.store, run.id);
}

/**
 * Resumes a run waiting at `step` with the data the wait was for (an approval's decision): that
 * step runs again with ctx.resume = data. Does nothing (acted: false) when the run is not waiting
 * at that step — it was resumed already, or moved on — so resuming twice never runs a step twice.
 */
export async function resumeWorkflow<I extends Json>(
  workflow: Workflow<I>,
  options: RunOptions,
  args: { id: string; step: string; data?: Json },
): Promise<RunResult> {
  const run = await latest(options.store, args.id);
  if (run.kind !== workflow.kind) throw new WorkflowStateError(`run ${run.id} is a ${run.kind}, not a ${workflow.kind}`);
  if (run.status !== 'waiting' || workflow.steps[run.stepIndex]?.name !== args.step) return { run, acted: false };
  run.status = 'running';
  run.context = { ...run.context, resume: { step: args.step, data: args.data ?? null } };
  run.log = [...run.log, { step: args.step, event: 'resumed', at: (options.now ?? (() => new Date()))().toISOString() }];
  const driver = new Driver(workflow, options);
  // The claim: only one resumer moves the version from what it read.
  const claimed = await options.store.save({ ...run, version: run.version + 1 }, run.version);
  if (!claimed) return { run: await latest(options.store, run.id), acted: false };
  run.version += 1;
  await options.onStep?.({
    runId: run.id,
    kind: run.kind,
    subjectType: run.subjectType,
    subjectId: run.subjectId,
    step: args.step,
    event: 'resumed',
  });
  const ok = await driver.drive(run);
  return ok ? { run, acted: true } : { run: await latest(options.store, run.id), acted: true };
}

/**
 * Carries on a run a process left 'running' or 'compensating' (it stopped mid-step). The step in
 * progress runs again, which is why steps must be idempotent. Takes the run over only if no one
 * saved it since it was read.
 */
export async function continueWorkflow<I extends Json>(workflow: Workflow<I>, options: RunOptions, id: string): Promise<RunResult> {
  const run = await latest(options.store, id);
  if (run.status !== 'running' && run.status !== 'compensating') return { run, acted: false };
  const claimed = await options.store.save({ ...run, version: run.version + 1 }, run.version);
  if (!claimed) return { run: await latest(options.store, id), acted: false };
  run.version += 1;
  const driver = new Driver(workflow, options);
  const ok = run.status === 'running' ? await driver.drive(run) : await driver.compensate(run);
  return { run: ok ? run : await latest(options.store, id), acted: true };
}

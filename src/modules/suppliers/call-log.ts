import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import { newId } from '../../platform/ids.ts';
import type { SupplierCategory, SupplierOperation } from './adapter-types.ts';
import { supplierCalls, type CallOutcome } from './schema.ts';

/** One call through the gateway, as the call log keeps it. */
export interface CallRecord {
  supplierId: string;
  category: SupplierCategory;
  operation: SupplierOperation;
  outcome: CallOutcome;
  errorCode: string | null;
  attempts: number;
  latencyMs: number;
  at: Date;
}

/** Where the gateway puts its call records; record() must not block or throw. */
export interface CallSink {
  record(call: CallRecord): void;
}

/** The smallest logger the module needs (pino's and Fastify's fit). */
export interface SupplierLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface CallLog extends CallSink {
  /** Starts the periodic flush (every flushIntervalMs). */
  start(): void;
  /** Writes what is buffered now. */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left: call it before closing the database. */
  stop(): Promise<void>;
  /** Rows waiting to be written. */
  readonly pending: number;
}

export interface CallLogOptions {
  flushIntervalMs?: number;
  /** A flush starts as soon as this many rows wait. */
  batchSize?: number;
  /** Past this many unwritten rows (the database is down) the oldest are dropped, with a warning. */
  maxPending?: number;
  logger?: SupplierLogger;
}

/**
 * The supplier call log: rows are buffered in memory and written as one multi-row INSERT every
 * second or every 500 rows, so a call through the gateway never waits for the database. Rows not
 * yet written when the process dies are lost (the pino line and the metric still saw them).
 */
export function createCallLog(db: Db, options: CallLogOptions = {}): CallLog {
  const flushIntervalMs = options.flushIntervalMs ?? 1000;
  const batchSize = options.batchSize ?? 500;
  const maxPending = options.maxPending ?? 20_000;
  let buffer: CallRecord[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();

  const writeOnce = async (): Promise<void> => {
    while (buffer.length > 0) {
      const rows = buffer.slice(0, 1000);
      buffer = buffer.slice(rows.length);
      try {
        await inSystemScope(db, (tx) => tx.insert(supplierCalls).values(rows.map((r) => ({ id: newId(), ...r }))));
      } catch (err) {
        // Keep them for the next flush unless the backlog is already too long.
        buffer = [...rows, ...buffer];
        const over = buffer.length - maxPending;
        if (over > 0) buffer = buffer.slice(over);
        options.logger?.warn({ err, pending: buffer.length, dropped: Math.max(0, over) }, 'supplier call log: write failed');
        return;
      }
    }
  };
  const flush = (): Promise<void> => {
    writing = writing.then(writeOnce);
    return writing;
  };
  return {
    record(call) {
      buffer.push(call);
      if (buffer.length > maxPending) buffer.shift();
      if (buffer.length === batchSize) void flush();
    },
    start() {
      if (timer) return;
      timer = setInterval(() => void flush(), flushIntervalMs);
      timer.unref();
    },
    flush,
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await flush();
    },
    get pending() {
      return buffer.length;
    },
  };
}

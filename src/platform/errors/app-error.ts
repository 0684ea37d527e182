import type { ErrorCode } from './catalogue.ts';

/** A domain error: a code from the catalogue, an optional specific message and details. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly specificMessage: boolean;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.specificMessage = message !== undefined;
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`, { entity: what });

export interface FieldError {
  path: string;
  message: string;
}

export const validationFailed = (errors: FieldError[]) =>
  new AppError('VALIDATION_FAILED', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });

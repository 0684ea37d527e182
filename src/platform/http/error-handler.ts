import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorCatalogue, type ErrorCode } from '../errors/catalogue.ts';
import { AppError } from '../errors/app-error.ts';

type Lang = 'zh' | 'en';

export const languageOf = (req: FastifyRequest): Lang => (/^\s*zh/i.test(req.headers['accept-language'] ?? '') ? 'zh' : 'en');

interface DbError {
  code: string;
  constraint?: string;
  detail?: string;
}

/** Drizzle wraps driver errors; the PostgreSQL error (with its SQLSTATE) is somewhere in the cause chain. */
function databaseErrorOf(err: unknown): DbError | null {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      const { constraint, detail } = e as { constraint?: string; detail?: string };
      return { code, constraint, detail };
    }
  }
  return null;
}

/** Turns any thrown error into a catalogue error: the one place where codes meet HTTP. */
export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const fe = err as Partial<FastifyError>;
  if (fe.validation) {
    const errors = fe.validation.map((v) => ({
      path: (v.instancePath || '/').replace(/^\//, '').replace(/\//g, '.') || String(v.params?.missingProperty ?? ''),
      message: v.message ?? 'invalid',
    }));
    return new AppError('VALIDATION_FAILED', fe.message, { errors });
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('MALFORMED_REQUEST', 'The URL is malformed or a path parameter is too long');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('MALFORMED_REQUEST', fe.message);
  }
  if (err instanceof SyntaxError) return new AppError('MALFORMED_REQUEST', err.message);
  const db = databaseErrorOf(err);
  if (db?.code === '23505') return new AppError('DUPLICATE', undefined, { constraint: db.constraint });
  if (db?.code === '23503') return new AppError('REFERENCE_NOT_FOUND', undefined, { constraint: db.constraint });
  if (db?.code === '22P02' || db?.code === '22001' || db?.code === '22003' || db?.code === '22007') {
    return new AppError('VALIDATION_FAILED', undefined, { errors: [{ path: '', message: 'value out of range or of the wrong form' }] });
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError(
      fe.statusCode === 404 ? 'NOT_FOUND' : fe.statusCode === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'MALFORMED_REQUEST',
      fe.message,
    );
  }
  return null;
}

export function errorBody(code: ErrorCode, lang: Lang, err: AppError | null, requestId: string) {
  const entry = errorCatalogue[code];
  const message = err?.specificMessage && lang === 'en' ? err.message : entry[lang];
  return { code, message, ...(err?.details ? { details: err.details } : {}), requestId };
}

export function handleError(err: unknown, req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(err);
  if (!appError) {
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send(errorBody('INTERNAL', languageOf(req), null, req.id));
  }
  const status = errorCatalogue[appError.code].status;
  if (appError.code === 'AUTH_LOCKED') {
    const retry = appError.details?.retryAfterSeconds;
    if (typeof retry === 'number') void reply.header('retry-after', String(retry));
  }
  req.log.info({ code: appError.code, status }, 'request refused');
  return reply.status(status).send(errorBody(appError.code, languageOf(req), appError, req.id));
}

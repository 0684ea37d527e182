import { AppError } from '../../../platform/errors/app-error.ts';

/** 409 DUPLICATE naming the field, so a form can show it beside the input. */
export const duplicate = (path: string, message: string) => new AppError('DUPLICATE', message, { errors: [{ path, message }] });

/** 409 IN_USE: a cost centre or project still referenced. */
export const inUse = (what: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError('IN_USE', message, { entity: what, ...details });

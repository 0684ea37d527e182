import AjvCompiler from '@fastify/ajv-compiler';

/** At most this many errors are reported for one part (body, query …) of a request. */
export const MAX_REPORTED_ERRORS = 50;

/**
 * Inputs of at most this many values (objects, arrays and scalars, counted together) are checked
 * again for every error; larger ones report the first error only, so what one request can make the
 * validator collect stays bounded whatever its size.
 */
export const FULL_REPORT_MAX_VALUES = 2_000;

type SchemaError = AjvCompiler.ErrorObject;

/** The server's `ajv` option, as Fastify hands it to the builder. */
interface AjvServerOptions {
  customOptions?: AjvCompiler.Options;
  plugins?: unknown[];
}

interface RouteSchema {
  schema: unknown;
  method: string;
  url: string;
  httpPart?: string;
}

interface AjvValidate {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

export interface BoundedValidate {
  (data: unknown): boolean;
  errors: SchemaError[] | null;
}

type CompileFromPool = (route: RouteSchema) => AjvValidate;
/**
 * What @fastify/ajv-compiler's pool really is: its type declarations describe the compiler as taking
 * a bare schema, while Fastify (and the implementation) pass the route's {schema, httpPart, …}.
 */
type Pool = (externalSchemas: Record<string, unknown>, options: AjvServerOptions) => CompileFromPool;

/** Whether data holds at most `limit` values, looking at no more than that many. */
export function hasAtMostValues(data: unknown, limit: number): boolean {
  const pending: unknown[] = [data];
  let seen = 0;
  while (pending.length > 0) {
    const value = pending.pop();
    seen++;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        pending.push(item);
        if (seen + pending.length > limit) return false;
      }
    } else {
      for (const key in value) {
        pending.push((value as Record<string, unknown>)[key]);
        if (seen + pending.length > limit) return false;
      }
    }
  }
  return seen <= limit;
}

/**
 * Fastify's validator builder (schemaController.compilersFactory.buildValidator), per part of the
 * request and with Ajv's allErrors made safe.
 *
 * Bodies are not coerced: JSON has types, and {"name": 12345} or {"level": "9"} is a client's
 * mistake to report, not to store as "12345". Query strings, path parameters and headers arrive as
 * text and keep the server's coercion (limit=20, dryRun=true, a single value for an array).
 *
 * Ajv with allErrors collects one error per offending value, so a 5 MiB body
 * of unknown keys produced 437,426 errors (45 MB of response, ~90 MB of memory per request).
 * Every part is first checked stopping at the first error, the cheap path valid requests take;
 * only a failing input of at most FULL_REPORT_MAX_VALUES values is checked again for all its
 * errors, and at most MAX_REPORTED_ERRORS are reported. The all-errors validator of a schema is
 * compiled the first time it is needed.
 */
export function validatorBuilder(): AjvCompiler.ValidatorFactory {
  const pool = AjvCompiler() as unknown as Pool;
  function buildValidator(externalSchemas: Record<string, unknown>, serverOptions?: AjvServerOptions) {
    const compilerWith = (body: boolean, allErrors: boolean) =>
      pool(externalSchemas, {
        ...serverOptions,
        customOptions: { ...serverOptions?.customOptions, allErrors, ...(body ? { coerceTypes: false } : {}) },
      });
    const compilers = {
      body: { firstError: compilerWith(true, false), allErrors: compilerWith(true, true) },
      text: { firstError: compilerWith(false, false), allErrors: compilerWith(false, true) },
    };

    return (route: RouteSchema): BoundedValidate => {
      const { firstError, allErrors } = route.httpPart === 'body' ? compilers.body : compilers.text;
      const first = firstError(route);
      let every: AjvValidate | undefined;
      const validate: BoundedValidate = Object.assign(
        (data: unknown): boolean => {
          if (first(data)) {
            validate.errors = null;
            return true;
          }
          let errors = first.errors ?? [];
          if (hasAtMostValues(data, FULL_REPORT_MAX_VALUES)) {
            every ??= allErrors(route);
            if (!every(data) && every.errors) errors = every.errors;
          }
          validate.errors = errors.slice(0, MAX_REPORTED_ERRORS);
          return false;
        },
        { errors: null },
      );
      return validate;
    };
  }
  // The same declarations, seen from Fastify's side (see Pool).
  return buildValidator as unknown as AjvCompiler.ValidatorFactory;
}

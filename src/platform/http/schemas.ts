import { Type, type TSchema } from '@sinclair/typebox';

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const Timestamp = Type.String({ format: 'date-time' });

export const ErrorBody = Type.Object(
  {
    code: Type.String({ description: 'Stable error code; see the error catalogue in the API description' }),
    message: Type.String(),
    details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    requestId: Type.Optional(Type.String()),
  },
  { $id: 'ErrorBody' },
);

export const pageOf = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

/** Standard error responses a route documents besides its success response. */
export const errorResponses = {
  400: Type.Ref('ErrorBody'),
  401: Type.Ref('ErrorBody'),
  403: Type.Ref('ErrorBody'),
  404: Type.Ref('ErrorBody'),
  409: Type.Ref('ErrorBody'),
  422: Type.Ref('ErrorBody'),
  429: Type.Ref('ErrorBody'),
};

/**
 * Request text as the domain reads it: trimmed, then checked. The schema states the same rule on
 * the text as sent: not blank (a non-space character), at most `max` characters (code points, as
 * JSON Schema and the domain count them; surrounding spaces count too, so a schema-valid value is
 * always within the limit once trimmed).
 */
export const TrimmedText = (max: number, description?: string) =>
  Type.String({ minLength: 1, maxLength: max, pattern: '\\S', ...(description ? { description } : {}) });

/**
 * A code of ASCII letters and digits (`first` for its first character, `rest` for the others) of
 * 1 to `max` characters, surrounding spaces allowed (they are trimmed).
 */
export const CodeText = (max: number, first: string, rest: string, description: string) =>
  Type.String({ minLength: 1, maxLength: max, pattern: `^\\s*[${first}][${rest}]{0,${max - 1}}\\s*$`, description });

/**
 * A calendar date 'YYYY-MM-DD' that exists, years 1000–9999: what isLocalDate (platform/time)
 * accepts. A pattern rather than format 'date', so that every JSON Schema checker (TypeBox's Value
 * in the console's tests too) checks the same thing: days per month, and 29 February in leap years.
 */
const LOCAL_DATE_PATTERN =
  '^[1-9]\\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))$' +
  '|^[1-9]\\d(?:0[48]|[2468][048]|[13579][26])-02-29$|^(?:[2468][048]|[13579][26])00-02-29$';
export const LocalDate = (description = 'YYYY-MM-DD (China time)') => Type.String({ pattern: LOCAL_DATE_PATTERN, description });

import fc from 'fast-check';

/**
 * fast-check arbitraries for the JSON Schemas of an OpenAPI 3.1 document: values that VALIDATE
 * against the schema, for fuzzing an API with requests it says it accepts. It covers what the
 * Tripdesk document uses (types and type lists, properties and required, patternProperties,
 * additionalProperties, const and enum, anyOf and oneOf, allOf of if/then branches chosen by a
 * key, $ref into components, string lengths, patterns and the formats uuid, date-time, date and
 * email, number ranges, array lengths and uniqueItems); anything else throws, so a schema it cannot
 * honour is noticed rather than fuzzed with values that are not valid.
 *
 * Strings mix printable ASCII, spaces, CJK and characters outside the BMP (lengths are counted in
 * code points, as JSON Schema does), and are drawn both short and near their maxLength, so that a
 * length rule of the server stricter than the schema shows up. They never hold NUL or lone
 * surrogates: the platform refuses those everywhere (text that PostgreSQL cannot store), a rule of
 * the whole API rather than of any one schema.
 */

export type JsonSchema = Record<string, unknown>;

export interface ArbitraryContext {
  /** Resolves `#/components/schemas/Name`. */
  components: Record<string, JsonSchema>;
  /**
   * Known values by property name (ids and codes read from the API), offered besides generated
   * ones when they satisfy the property's schema, so that requests also reach past "not found".
   */
  known?: (propertyName: string | undefined, schema: JsonSchema) => readonly unknown[];
}

const isObject = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** Code points, as JSON Schema's minLength and maxLength count them. */
export const codePoints = (s: string): number => [...s].length;

/** The schema a $ref names (only local component references occur in the document). */
export function deref(schema: JsonSchema, ctx: ArbitraryContext): JsonSchema {
  let current = schema;
  for (let depth = 0; typeof current.$ref === 'string'; depth++) {
    const match = /^#\/components\/schemas\/(.+)$/.exec(current.$ref);
    const target = match?.[1] === undefined ? undefined : ctx.components[decodeURIComponent(match[1])];
    if (!target || depth > 10) throw new Error(`cannot resolve ${current.$ref}`);
    current = target;
  }
  return current;
}

const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const astral = fc.constantFrom('𠮷', '🙂', '𝄞', '😀');
const space = fc.constantFrom(' ', ' ', '\t', '\u3000');
/** One code point of text: mostly ASCII, some CJK, spaces and astral characters. */
const textUnit = fc.oneof(
  { arbitrary: printable, weight: 6 },
  { arbitrary: cjk, weight: 3 },
  { arbitrary: space, weight: 1 },
  { arbitrary: astral, weight: 1 },
);

function plainString(min: number, max: number): fc.Arbitrary<string> {
  const short = fc.string({ unit: textUnit, minLength: min, maxLength: max });
  if (max - min <= 12) return short;
  // Near the top of the range as often as near the bottom: length rules live there.
  const long = fc.integer({ min: Math.max(min, max - 8), max }).chain((n) => fc.string({ unit: textUnit, minLength: n, maxLength: n }));
  return fc.oneof(short, long);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const dateText = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const someDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true });

function formatString(format: string): fc.Arbitrary<string> {
  switch (format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return someDate.map((d) => d.toISOString());
    case 'date':
      return someDate.map(dateText);
    case 'email':
      return fc.emailAddress();
    default:
      throw new Error(`no arbitrary for string format ${format}`);
  }
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength) ?? Math.max(min, 60);
  const fits = (s: string) => codePoints(s) >= min && codePoints(s) <= max;
  const checks: ((s: string) => boolean)[] = [fits];
  let base: fc.Arbitrary<string>;
  if (typeof schema.pattern === 'string') {
    const re = new RegExp(schema.pattern, 'u');
    base = fc.stringMatching(re);
    if (typeof schema.format === 'string') {
      const format = schema.format;
      base = formatString(format);
      checks.push((s) => re.test(s));
    }
  } else if (typeof schema.format === 'string') {
    base = formatString(schema.format);
  } else {
    base = plainString(min, max);
  }
  return base.filter((s) => checks.every((check) => check(s)));
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = num(schema.exclusiveMinimum);
  const exclusiveMax = num(schema.exclusiveMaximum);
  let min = num(schema.minimum) ?? (exclusiveMin !== undefined ? exclusiveMin + (integer ? 1 : Number.EPSILON) : undefined);
  let max = num(schema.maximum) ?? (exclusiveMax !== undefined ? exclusiveMax - (integer ? 1 : Number.EPSILON) : undefined);
  if (integer) {
    min = Math.max(min ?? Number.MIN_SAFE_INTEGER, Number.MIN_SAFE_INTEGER);
    max = Math.min(max ?? Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    const { minimum, maximum } = { minimum: Math.ceil(min), maximum: Math.floor(max) };
    // Small values and the extremes of the range.
    const small = fc.integer({ min: Math.max(minimum, -1000), max: Math.min(maximum, 1000) });
    return minimum <= 1000 && maximum >= -1000
      ? fc.oneof(small, fc.integer({ min: minimum, max: maximum }))
      : fc.integer({ min: minimum, max: maximum });
  }
  return fc.double({ min: min ?? -1e12, max: max ?? 1e12, noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
}

/** allOf whose members are all `if {key: const} then {...}`: the byKey and rule-kind pattern. */
function keyedBranches(allOf: unknown[]): { key: string; branches: Map<unknown, JsonSchema> } | null {
  let key: string | null = null;
  const branches = new Map<unknown, JsonSchema>();
  for (const member of allOf) {
    if (!isObject(member) || !isObject(member.if) || !isObject(member.then) || !isObject(member.if.properties)) return null;
    const entries = Object.entries(member.if.properties);
    const [entry] = entries;
    if (entries.length !== 1 || !entry || !isObject(entry[1])) return null;
    // The document writes a const as a one-value enum.
    const only = 'const' in entry[1] ? [entry[1].const] : Array.isArray(entry[1].enum) && entry[1].enum.length === 1 ? entry[1].enum : null;
    if (!only || (key !== null && key !== entry[0])) return null;
    key = entry[0];
    branches.set(only[0], member.then);
  }
  return key === null ? null : { key, branches };
}

/** Two object schemas as one: the second's properties replace the first's. */
function mergeObjects(base: JsonSchema, over: JsonSchema): JsonSchema {
  const props = { ...(isObject(base.properties) ? base.properties : {}), ...(isObject(over.properties) ? over.properties : {}) };
  const required = [
    ...new Set([...(Array.isArray(base.required) ? base.required : []), ...(Array.isArray(over.required) ? over.required : [])]),
  ];
  return {
    ...base,
    ...over,
    type: 'object',
    properties: props,
    required,
    ...('additionalProperties' in over ? {} : 'additionalProperties' in base ? { additionalProperties: base.additionalProperties } : {}),
  };
}

function objectArbitrary(schema: JsonSchema, ctx: ArbitraryContext, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const props = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, sub] of Object.entries(props)) {
    if (!isObject(sub)) continue;
    record[name] = arbitraryFor(sub, ctx, depth + 1, name);
  }
  const requiredKeys = Object.keys(record).filter((k) => required.has(k));
  let arb: fc.Arbitrary<Record<string, unknown>> = fc.record(record, { requiredKeys });
  if (isObject(schema.patternProperties)) {
    const entries = Object.entries(schema.patternProperties);
    const [pattern, valueSchema] = entries[0] ?? [];
    if (entries.length !== 1 || pattern === undefined || !isObject(valueSchema))
      throw new Error('only one patternProperties entry is supported');
    const keyArb =
      pattern === '^(.*)$' ? fc.string({ unit: printable, minLength: 1, maxLength: 12 }) : fc.stringMatching(new RegExp(pattern, 'u'));
    const extra = fc.dictionary(keyArb, arbitraryFor(valueSchema, ctx, depth + 1), { maxKeys: 3 });
    arb = fc.tuple(extra, arb).map(([a, b]) => ({ ...a, ...b }));
  }
  const minProperties = num(schema.minProperties) ?? 0;
  return minProperties > 0 ? arb.filter((o) => Object.keys(o).length >= minProperties) : arb;
}

function arrayArbitrary(schema: JsonSchema, ctx: ArbitraryContext, depth: number): fc.Arbitrary<unknown[]> {
  const items = isObject(schema.items) ? schema.items : {};
  const minLength = num(schema.minItems) ?? 0;
  // Deep arrays stay short (a policy of 200 rules of 20 bands each is not a request worth sending).
  const cap = depth > 2 ? 3 : 8;
  const maxLength = Math.max(minLength, Math.min(num(schema.maxItems) ?? cap, cap));
  const item = arbitraryFor(items, ctx, depth + 1);
  if (schema.uniqueItems === true) return fc.uniqueArray(item, { minLength, maxLength, selector: (v) => JSON.stringify(v) });
  return fc.array(item, { minLength, maxLength });
}

/** An arbitrary of values valid against the schema. */
export function arbitraryFor(input: JsonSchema, ctx: ArbitraryContext, depth = 0, propertyName?: string): fc.Arbitrary<unknown> {
  const schema = deref(input, ctx);
  const generated = generatedFor(schema, ctx, depth);
  const known = ctx.known?.(propertyName, schema) ?? [];
  return known.length === 0
    ? generated
    : fc.oneof({ arbitrary: generated, weight: 1 }, { arbitrary: fc.constantFrom(...known), weight: 2 });
}

function generatedFor(schema: JsonSchema, ctx: ArbitraryContext, depth: number): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : null;
  if (union) {
    const rest = { ...schema };
    delete rest.anyOf;
    delete rest.oneOf;
    const hasOwnConstraints = Object.keys(rest).some((k) => !['description', 'default', 'title', 'examples'].includes(k));
    return fc.oneof(
      ...union.filter(isObject).map((branch) => arbitraryFor(hasOwnConstraints ? { ...rest, ...deref(branch, ctx) } : branch, ctx, depth)),
    );
  }
  if (Array.isArray(schema.allOf)) {
    const keyed = keyedBranches(schema.allOf);
    if (!keyed) throw new Error(`unsupported allOf: ${JSON.stringify(schema.allOf).slice(0, 200)}`);
    const base = { ...schema };
    delete base.allOf;
    return fc.constantFrom(...keyed.branches.keys()).chain((value) => {
      const then = keyed.branches.get(value) ?? {};
      const merged = mergeObjects(base, then);
      const props = isObject(merged.properties) ? merged.properties : {};
      merged.properties = { ...props, [keyed.key]: { const: value } };
      return objectArbitrary(merged, ctx, depth);
    });
  }
  const type = schema.type;
  if (Array.isArray(type)) return fc.oneof(...type.map((t) => generatedFor({ ...schema, type: t }, ctx, depth)));
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return arrayArbitrary(schema, ctx, depth);
    case 'object':
      return objectArbitrary(schema, ctx, depth);
    case undefined:
      if (isObject(schema.properties)) return objectArbitrary(schema, ctx, depth);
      // {} (any value): JSON of some kind.
      return fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ unit: printable, maxLength: 10 }));
    default:
      throw new Error(`no arbitrary for type ${JSON.stringify(type)}`);
  }
}

/**
 * The server picks the shape of a policy rule by its `kind` and of a travel option by its
 * `category` with JSON Schema if/then branches (src/modules/policy/routes/rule-schemas.ts `byKey`:
 * Ajv then reports the fields of the chosen branch only). openapi-typescript has no type for
 * if/then and writes `unknown` there, which would leave the console without the rules' params.
 *
 * This rewrites exactly that pattern, and nothing else, into the equivalent oneOf before the types
 * are generated:
 *
 *   { type: object, properties: {kind: {enum: [a, b]}, …}, required: [kind, …],
 *     allOf: [ {if: {properties: {kind: {const: a}}, required: [kind]}, then: A}, … ] }
 *   ⇒ { oneOf: [ {…the object with kind: a, merged with A}, {…with kind: b, merged with B} ] }
 *
 * Equivalent because the object requires the key and every value of it has its one branch. A
 * schema that differs in any way (an `else`, other keywords in a branch, a value without a branch)
 * is left as it is: its types stay loose rather than wrong.
 */

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema => typeof value === 'object' && value !== null && !Array.isArray(value);

const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required', 'additionalProperties', 'description', 'title']);

/** The value an `if` picks: `{type?: object, properties: {key: {const: v} | {enum: [v]}}, required: [key]}`. */
function pickedValue(condition: unknown): { key: string; value: string } | null {
  if (!isSchema(condition) || !isSchema(condition.properties)) return null;
  if (Object.keys(condition).some((k) => !['type', 'properties', 'required'].includes(k))) return null;
  if (condition.type !== undefined && condition.type !== 'object') return null;
  const keys = Object.keys(condition.properties);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined) return null;
  if (!Array.isArray(condition.required) || condition.required.length !== 1 || condition.required[0] !== key) return null;
  const test = condition.properties[key];
  if (!isSchema(test)) return null;
  if (Object.keys(test).length === 1 && typeof test.const === 'string') return { key, value: test.const };
  if (Object.keys(test).length === 1 && Array.isArray(test.enum) && test.enum.length === 1 && typeof test.enum[0] === 'string')
    return { key, value: test.enum[0] };
  return null;
}

/** A property schema that says only "some object": a branch's own schema for it is narrower. */
function isAnyObject(schema: unknown): boolean {
  return (
    isSchema(schema) &&
    schema.type === 'object' &&
    (schema.properties === undefined || (isSchema(schema.properties) && Object.keys(schema.properties).length === 0)) &&
    schema.additionalProperties !== false
  );
}

function mergeProperty(common: unknown, branch: unknown): unknown {
  if (common === undefined || isAnyObject(common) || JSON.stringify(common) === JSON.stringify(branch)) return branch;
  return { allOf: [common, branch] };
}

/** The object of one branch: the common fields, the branch's, and the key fixed to its value. */
function branchObject(common: Schema, key: string, value: string, then: Schema): Schema {
  const commonProperties = isSchema(common.properties) ? common.properties : {};
  const branchProperties = isSchema(then.properties) ? then.properties : {};
  const properties: Schema = { ...commonProperties };
  for (const [name, schema] of Object.entries(branchProperties)) properties[name] = mergeProperty(commonProperties[name], schema);
  const keySchema = commonProperties[key];
  properties[key] = {
    type: 'string',
    enum: [value],
    ...(isSchema(keySchema) && typeof keySchema.description === 'string' ? { description: keySchema.description } : {}),
  };
  const required = [
    ...new Set([...(Array.isArray(common.required) ? common.required : []), ...(Array.isArray(then.required) ? then.required : [])]),
  ];
  const additionalProperties = then.additionalProperties ?? common.additionalProperties;
  return {
    type: 'object',
    ...(typeof then.description === 'string' ? { description: then.description } : {}),
    properties,
    required,
    ...(additionalProperties === undefined ? {} : { additionalProperties }),
  };
}

/** The oneOf for a schema of the pattern above, or null when it is not exactly that. */
function asOneOf(schema: Schema): Schema | null {
  const { allOf, ...common } = schema;
  if (!Array.isArray(allOf) || allOf.length === 0) return null;
  if (Object.keys(common).some((k) => !OBJECT_KEYWORDS.has(k)) || (common.type !== undefined && common.type !== 'object')) return null;
  const branches: { key: string; value: string; then: Schema }[] = [];
  for (const item of allOf) {
    if (!isSchema(item) || Object.keys(item).length !== 2 || !isSchema(item.then)) return null;
    if (Object.keys(item.then).some((k) => !OBJECT_KEYWORDS.has(k))) return null;
    const picked = pickedValue(item.if);
    if (!picked) return null;
    branches.push({ ...picked, then: item.then });
  }
  const key = branches[0]?.key;
  if (key === undefined || branches.some((b) => b.key !== key)) return null;
  if (!Array.isArray(common.required) || !common.required.includes(key)) return null;
  const keySchema = isSchema(common.properties) ? common.properties[key] : undefined;
  if (!isSchema(keySchema) || !Array.isArray(keySchema.enum)) return null;
  const values = branches.map((b) => b.value);
  if (
    new Set(values).size !== values.length ||
    keySchema.enum.length !== values.length ||
    !keySchema.enum.every((v) => values.includes(v as string))
  )
    return null;
  return {
    ...(typeof common.description === 'string' ? { description: common.description } : {}),
    oneOf: branches.map((b) => branchObject(common, key, b.value, b.then)),
  };
}

/** The document with every discriminating if/then rewritten as oneOf (a copy; the input is left alone). */
export function withDiscriminatedBranches<T>(document: T): T {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isSchema(node)) return node;
    const copy: Schema = {};
    for (const [k, v] of Object.entries(node)) copy[k] = visit(v);
    return asOneOf(copy) ?? copy;
  };
  return visit(document) as T;
}

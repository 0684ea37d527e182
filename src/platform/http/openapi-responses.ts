export type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Marks every object schema a response can hold as closed (additionalProperties: false), unless it
 * says otherwise (a record, a pass-through object). That is what the serialiser does anyway
 * (fast-json-stringify writes the declared properties only), written down for clients and their
 * generators. Members of allOf and if/then are left as they are: closing one member would refuse
 * the properties of the others. Except where the schema holding if/then/else declares no properties
 * of its own (a chain choosing one whole shape, like a search's offers by category): there each
 * branch is the whole value, closed like any object.
 */
function close(schema: unknown): void {
  if (Array.isArray(schema)) {
    for (const member of schema) close(member);
    return;
  }
  if (!isObject(schema) || typeof schema.$ref === 'string') return;
  const isObjectSchema = schema.type === 'object' || isObject(schema.properties);
  const declaresExtras = 'additionalProperties' in schema || 'patternProperties' in schema || 'unevaluatedProperties' in schema;
  if (isObjectSchema && !declaresExtras && !('allOf' in schema) && !('if' in schema)) schema.additionalProperties = false;
  if (isObject(schema.properties)) for (const property of Object.values(schema.properties)) close(property);
  if (isObject(schema.additionalProperties)) close(schema.additionalProperties);
  close(schema.items);
  close(schema.anyOf);
  close(schema.oneOf);
  close(schema.prefixItems);
  if ('if' in schema && !isObject(schema.properties)) {
    close(schema.then);
    close(schema.else);
  }
}

/** The document with its response schemas closed (see close) — every operation's and ErrorBody. */
export function closeResponseObjects(doc: JsonObject): JsonObject {
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isObject(operation) || !isObject(operation.responses)) continue;
      for (const response of Object.values(operation.responses)) {
        if (!isObject(response) || !isObject(response.content)) continue;
        for (const media of Object.values(response.content)) if (isObject(media)) close(media.schema);
      }
    }
  }
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  close(components.ErrorBody);
  return doc;
}

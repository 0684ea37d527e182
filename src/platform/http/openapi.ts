import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { errorCatalogue } from '../errors/catalogue.ts';
import { closeResponseObjects, type JsonObject } from './openapi-responses.ts';
import type { App } from './types.ts';

const errorTable = Object.entries(errorCatalogue)
  .map(([code, e]) => `| ${code} | ${e.status} | ${e.en} | ${e.zh} |`)
  .join('\n');

const description = `Tripdesk API. All routes are under /api/v1 and speak JSON (the employee import reads CSV).

**Authentication.** Browsers sign in with POST /api/v1/auth/login and then carry the http-only
\`td_session\` cookie; every state-changing request must also send the \`td_csrf\` cookie's value in
the \`X-CSRF-Token\` header. Machines use \`Authorization: Bearer td_…\` API keys, limited to their scopes.
Operator staff choose an enterprise with the \`X-Tenant-Id\` header.

**Requests** are checked against the schemas below before anything else happens: a value the
schema refuses gets 422 \`VALIDATION_FAILED\` with the paths of the fields. Lengths count
characters (code points). What a schema cannot say is checked after it: that a referenced record
exists, that a range is ordered, that a state allows the action … — those answers are documented
per operation. A body over the server's limit gets 413, a body of another content type 415.

**Errors** are \`{code, message, details?, requestId}\`; \`message\` follows Accept-Language (zh or en).

| code | status | meaning | 含义 |
|---|---|---|---|
${errorTable}

**Pagination** is by cursor: pass the previous page's \`nextCursor\` as \`cursor\`.`;

/** Catalogue codes by HTTP status, for the description of each error response. */
const codesByStatus = new Map<number, string[]>();
for (const [code, e] of Object.entries(errorCatalogue)) codesByStatus.set(e.status, [...(codesByStatus.get(e.status) ?? []), code]);

const errorResponse = (status: number) => ({
  $ref: 'ErrorBody',
  description: `Error codes with this status: ${(codesByStatus.get(status) ?? []).join(', ')}`,
});

/** Every /api operation may answer these (the authentication hook, the validator, the error handler). */
const STANDARD_ERRORS = [400, 401, 403, 404, 409, 422, 429, 500];
/** Answers to a request body: too large, or of a content type the route does not read. */
const BODY_ERRORS = [413, 415];
/** Fastify reads a body for these methods when one is sent (and refuses one it cannot read); a GET body is ignored. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const SUCCESS_DESCRIPTIONS: Record<string, string> = { '200': 'OK', '201': 'Created', '204': 'No content' };

/**
 * The OpenAPI 3.1 document at /openapi.json (and the explorer at /docs), generated from the route
 * schemas, so that it says what the validator accepts and the serialiser sends:
 *
 * - `servers` is relative ('/'): the console is served from the API's own origin, and a relative
 *   server URL resolves against wherever the document was fetched from, so one document fits every
 *   deployment (behind any host name or proxy) without configuration.
 * - Every operation has the `operationId` its route declares (a test checks presence and
 *   uniqueness): the names a generated client gives its functions.
 * - Every /api operation documents the standard error answers and 500, and those that read a body
 *   413 and 415, all with ErrorBody, each described by the catalogue codes of its status.
 * - Response objects are closed (additionalProperties: false): the serialiser writes only
 *   declared properties, so a client may rely on the shape being exactly that.
 */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tripdesk API', version: '1.0.0', description },
      servers: [{ url: '/', description: 'The origin this document was fetched from (the console’s own)' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'td_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'td_<prefix>_<secret>' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    // Shared schemas keep their $id as their component name (ErrorBody, not def-0).
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    transform: ({ schema, url, route }) => {
      const access = route.config?.access;
      const transformed = { ...(schema ?? {}) } as Record<string, unknown>;
      if (access === 'public') transformed.security = [];
      if (access && access !== 'public') {
        const note = access === 'authenticated' ? 'Any signed-in caller.' : `Needs the permission \`${access}\`.`;
        transformed.description = [transformed.description, note].filter(Boolean).join('\n\n');
      }
      if (url.startsWith('/api/')) {
        const methods = Array.isArray(route.method) ? route.method : [route.method];
        const statuses = [...STANDARD_ERRORS, ...(methods.some((m) => BODY_METHODS.has(m)) ? BODY_ERRORS : [])];
        const given = (transformed.response ?? {}) as Record<string, unknown>;
        const response: Record<string, unknown> = {};
        for (const [status, s] of Object.entries(given)) {
          const isError = Number(status) >= 400;
          response[status] = isError ? errorResponse(Number(status)) : describe(s as JsonObject, SUCCESS_DESCRIPTIONS[status]);
        }
        for (const status of statuses) response[status] ??= errorResponse(status);
        transformed.response = response;
      }
      return { schema: transformed, url };
    },
    transformObject: (document) =>
      'openapiObject' in document ? closeResponseObjects(document.openapiObject as JsonObject) : document.swaggerObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

/** A success response schema with a description (the schema's own, or the status's name). */
function describe(schema: JsonObject, fallback = 'OK'): JsonObject {
  return typeof schema.description === 'string' ? schema : { ...schema, description: fallback };
}

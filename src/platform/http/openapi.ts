import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { errorCatalogue } from '../errors/catalogue.ts';
import type { App } from './types.ts';

const errorTable = Object.entries(errorCatalogue)
  .map(([code, e]) => `| ${code} | ${e.status} | ${e.en} | ${e.zh} |`)
  .join('\n');

const description = `Tripdesk API. All routes are under /api/v1 and speak JSON.

**Authentication.** Browsers sign in with POST /api/v1/auth/login and then carry the http-only
\`td_session\` cookie; every state-changing request must also send the \`td_csrf\` cookie's value in
the \`X-CSRF-Token\` header. Machines use \`Authorization: Bearer td_…\` API keys, limited to their scopes.
Operator staff choose an enterprise with the \`X-Tenant-Id\` header.

**Errors** are \`{code, message, details?, requestId}\`; \`message\` follows Accept-Language (zh or en).

| code | status | meaning | 含义 |
|---|---|---|---|
${errorTable}

**Pagination** is by cursor: pass the previous page's \`nextCursor\` as \`cursor\`.`;

export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tripdesk API', version: '1.0.0', description },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'td_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'td_<prefix>_<secret>' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: ({ schema, url, route }) => {
      const access = route.config?.access;
      const transformed = { ...(schema ?? {}) } as Record<string, unknown>;
      if (access === 'public') transformed.security = [];
      if (access && access !== 'public') {
        const note = access === 'authenticated' ? 'Any signed-in caller.' : `Needs the permission \`${access}\`.`;
        transformed.description = [transformed.description, note].filter(Boolean).join('\n\n');
      }
      return { schema: transformed, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () => app.swagger());
}

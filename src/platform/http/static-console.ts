import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from './types.ts';

export const consoleDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/console');

/** Serves the built console; unknown non-API paths get index.html (client-side routes). */
export async function registerConsole(app: App): Promise<void> {
  const hasConsole = fs.existsSync(path.join(consoleDist, 'index.html'));
  if (hasConsole) {
    await app.register(fastifyStatic, { root: consoleDist, wildcard: false, index: ['index.html'] });
  }
  app.setNotFoundHandler({}, (req, reply) => {
    const isPage = req.method === 'GET' && !/^\/(api|docs|metrics|openapi\.json|healthz|readyz)(\/|$)/.test(req.url);
    if (isPage && hasConsole) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send({ code: 'NOT_FOUND', message: `No route ${req.method} ${req.url.split('?')[0]}`, requestId: req.id });
  });
}

import type { App } from './types.ts';

/**
 * The bodies the API reads: JSON, within the body limit. Fastify also reads text/plain by default;
 * no route takes it, so it gets 415 UNSUPPORTED_MEDIA_TYPE like any other type, without being read.
 * A route that takes a file (the CSV import) adds its parser in its own plugin context.
 */
export function registerBodyParsers(app: App): void {
  app.removeContentTypeParser('text/plain');
}

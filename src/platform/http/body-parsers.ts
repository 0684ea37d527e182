import { isUtf8 } from 'node:buffer';
import { AppError } from '../errors/app-error.ts';
import type { App } from './types.ts';

/**
 * The bodies the API reads: JSON, within the body limit. Fastify also reads text/plain by default;
 * no route takes it, so it gets 415 UNSUPPORTED_MEDIA_TYPE like any other type, without being read.
 * A route that takes a file (the CSV import) adds its parser in its own plugin context.
 *
 * JSON is read as bytes and refused (INVALID_TEXT) unless it is UTF-8: decoding it as a string
 * would quietly turn the bad bytes into U+FFFD and store those. Then Fastify's own JSON parser
 * (prototype-poisoning checks included) parses it.
 */
export function registerBodyParsers(app: App): void {
  app.removeContentTypeParser('text/plain');
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body: Buffer, done) => {
    if (!isUtf8(body)) {
      done(new AppError('INVALID_TEXT', 'The JSON body is not UTF-8', { part: 'body', path: '' }), undefined);
      return;
    }
    parseJson(req, body.toString('utf8'), done);
  });
}

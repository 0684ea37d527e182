import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, testApp, type TestApp } from '../support/app.ts';
import { operationsOf, servedDocument, type DocumentedOperation, type OpenApiDocument } from '../support/openapi-document.ts';
import { fillPath, openApiPath, routeCatalogue } from '../support/route-catalogue.ts';

/**
 * The OpenAPI document a client is generated from: every route in it with a unique operationId,
 * a server, the answers each operation can give (and only those for bodies), the CSV import's
 * content types, closed response objects.
 */

let t: TestApp;
let doc: OpenApiDocument;
/** A platform admin (with X-Tenant-Id), and for what needs an employee a travel admin: someone who gets past the permission check. */
let callers: Record<string, string>[];

beforeAll(async () => {
  t = await testApp();
  doc = await servedDocument(t.app);
  const platformAdmin = await signInAs(t.app, 'admin@tripdesk.example.com');
  const travelAdmin = await signInAs(t.app, 'admin@huachen.example.com');
  callers = [{ ...platformAdmin.headers, 'x-tenant-id': t.db.demo.tenants.huachen }, travelAdmin.headers];
});
afterAll(async () => {
  await t?.close();
});

const STANDARD_ERRORS = ['400', '401', '403', '404', '409', '422', '429', '500'];

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with a relative server', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });

  it('has every /api route, each with an operationId, and no two alike', () => {
    const documented = new Set(operationsOf(doc).map((o) => `${o.method.toUpperCase()} ${o.path}`));
    const missing = routeCatalogue(t.app).filter((r) => !documented.has(`${r.method} ${openApiPath(r.url)}`));
    expect(missing).toEqual([]);
    const ids = operationsOf(doc).map((o) => o.operation.operationId);
    expect(ids.filter((id) => typeof id !== 'string' || !/^[a-z][A-Za-z0-9]+$/.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining(['listEmployees', 'createTravelRequest', 'approveInBulk', 'importEmployees']));
  });

  it('names its shared schemas', () => {
    expect(Object.keys(doc.components.schemas)).toContain('ErrorBody');
    expect(doc.components.schemas.ErrorBody).toMatchObject({ additionalProperties: false, required: ['code', 'message'] });
  });

  it('every /api operation documents a success answer and the standard errors with ErrorBody', () => {
    const problems: string[] = [];
    for (const { method, path, operation } of operationsOf(doc).filter((o) => o.path.startsWith('/api/'))) {
      const statuses = Object.keys(operation.responses);
      // A browser navigation (single sign-on) succeeds with a redirect instead.
      const success = statuses.filter((s) => s.startsWith('2') || s === '302');
      if (success.length !== 1) problems.push(`${method} ${path}: success answers ${success.join(', ')}`);
      for (const s of success) {
        const bodiless = s === '204' || s === '302';
        if (!bodiless && !operation.responses[s]?.content) problems.push(`${method} ${path}: ${s} has no schema`);
        if (bodiless && operation.responses[s]?.content) problems.push(`${method} ${path}: ${s} has a body`);
      }
      for (const s of STANDARD_ERRORS) {
        const schema = operation.responses[s]?.content?.['application/json']?.schema;
        if (schema?.$ref !== '#/components/schemas/ErrorBody') problems.push(`${method} ${path}: ${s} is not ErrorBody`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('413 and 415 are documented exactly where a body is read', async () => {
    const problems: string[] = [];
    // Over the server's body limit (5 MiB), and over the larger limits of the HR sync (32 MiB) and of
    // supplier event batches (16 MiB).
    const big = JSON.stringify({ a: 'x'.repeat(6 * 1024 * 1024) });
    const huge = JSON.stringify({ a: 'x'.repeat(33 * 1024 * 1024) });
    const ownLimits = new Set(['/api/v1/org/hr-sync', '/api/v1/ingest/events']);
    const send = async (method: string, url: string, payload: string, contentType: string) => {
      let res = await t.app.inject({ method: method as 'POST', url, payload, headers: { ...callers[0], 'content-type': contentType } });
      if (res.statusCode === 403)
        res = await t.app.inject({ method: method as 'POST', url, payload, headers: { ...callers[1], 'content-type': contentType } });
      return res;
    };
    for (const route of routeCatalogue(t.app)) {
      const operation = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase() as DocumentedOperation['method']];
      if (!operation) continue;
      const url = fillPath(route.url);
      const xml = await send(route.method, url, '<a/>', 'application/xml');
      // A large body in a type the operation reads, so that only its size is wrong.
      const reads = Object.keys(operation.requestBody?.content ?? {});
      const bodyType = reads.length === 0 || reads.includes('application/json') ? 'application/json' : (reads[0] ?? 'application/json');
      const large = await send(route.method, url, ownLimits.has(route.url) ? huge : big, bodyType);
      for (const [status, res] of [
        ['415', xml],
        ['413', large],
      ] as const) {
        const documented = status in operation.responses;
        const answered = String(res.statusCode) === status;
        if (documented !== answered)
          problems.push(`${route.method} ${route.url}: ${status} documented ${documented}, answered ${res.statusCode}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the employee import takes CSV and its template is CSV', () => {
    const importOp = doc.paths['/api/v1/org/employees/import']?.post;
    expect(Object.keys(importOp?.requestBody?.content ?? {}).sort()).toEqual(['text/csv', 'text/plain']);
    expect(importOp?.requestBody?.content['text/csv']?.schema).toMatchObject({ type: 'string' });
    const template = doc.paths['/api/v1/org/employees/import/template']?.get;
    expect(Object.keys(template?.responses['200']?.content ?? {})).toEqual(['text/csv']);
  });

  it('response objects are closed: the serialiser sends declared properties only', () => {
    const open: string[] = [];
    const walk = (schema: unknown, at: string) => {
      if (typeof schema !== 'object' || schema === null) return;
      const s = schema as Record<string, unknown>;
      if (s.type === 'object' && !('additionalProperties' in s) && !('allOf' in s)) open.push(at);
      for (const [k, v] of Object.entries(s)) if (k !== 'allOf' && k !== 'if' && k !== 'then') walk(v, `${at}/${k}`);
    };
    for (const { method, path, operation } of operationsOf(doc)) {
      for (const [status, response] of Object.entries(operation.responses)) walk(response.content, `${method} ${path} ${status}`);
    }
    expect(open).toEqual([]);
  });
});

import { once } from 'node:events';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { errorOf } from './helpers.ts';

/** What a request body may cost the server: bounded validation reports, content types, sizes. */

let t: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  t = await testApp();
  admin = await signInAs(t.app, 'admin@huachen.example.com');
});
afterAll(async () => {
  await t?.close();
});

/** A JSON object of `count` unknown keys: one additionalProperties error each, if nothing stops it. */
const unknownKeys = (count: number) => `{${Array.from({ length: count }, (_, i) => `"k${i}":1`).join(',')}}`;

describe('validation reports are bounded', () => {
  it('a body of ~430,000 unknown keys to the public sign-in gets a short report, not one error per key', async () => {
    const body = unknownKeys(430_000);
    expect(body.length).toBeGreaterThan(4.5 * 1024 * 1024);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: body,
      headers: { 'content-type': 'application/json' },
    });
    const err = errorOf(res);
    expect(err.code).toBe('VALIDATION_FAILED');
    expect(res.body.length).toBeLessThan(20_000);
    const errors = err.details?.errors;
    expect(Array.isArray(errors) && errors.length >= 1 && errors.length <= 50, JSON.stringify(errors).slice(0, 300)).toBe(true);
  });

  it('a small body still gets every one of its errors', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: { a: 1 }, scopes: [], extra: true },
      headers: admin.headers,
    });
    const err = errorOf(res);
    expect(err.code).toBe('VALIDATION_FAILED');
    const paths = (err.details?.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'scopes']));
    expect(paths.length).toBeGreaterThanOrEqual(3);
  });

  it('a many-error body that is small enough to list is listed up to 50 errors', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: unknownKeys(200),
      headers: { 'content-type': 'application/json' },
    });
    const errors = errorOf(res).details?.errors as unknown[];
    expect(errors.length).toBe(50);
  });
});

/** Sends only the head of a request over a socket and returns the status line the server answers with (or 'no answer'). */
async function statusBeforeBody(port: number, head: string, waitMs = 2_000): Promise<string> {
  const socket = net.connect(port, '127.0.0.1');
  try {
    await once(socket, 'connect');
    socket.write(head);
    const answer = new Promise<string>((resolve) => {
      let got = '';
      socket.on('data', (chunk: Buffer) => {
        got += chunk.toString('latin1');
        if (got.includes('\r\n')) resolve(got.slice(0, got.indexOf('\r\n')));
      });
    });
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no answer'), waitMs));
    return await Promise.race([answer, timeout]);
  } finally {
    socket.destroy();
  }
}

describe('content types and body sizes', () => {
  const post = (url: string, payload: string, contentType: string) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...admin.headers, 'content-type': contentType } });

  it('the JSON API takes JSON only: text/plain and text/csv are 415, not read and validated', async () => {
    for (const type of ['text/plain', 'text/csv']) {
      expect(errorOf(await post('/api/v1/auth/login', 'hello', type)).code, type).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(errorOf(await post('/api/v1/org/employees', 'hello', type)).code, type).toBe('UNSUPPORTED_MEDIA_TYPE');
      expect(errorOf(await post('/api/v1/org/hr-sync', 'hello', type)).code, type).toBe('UNSUPPORTED_MEDIA_TYPE');
    }
  });

  it('the CSV import keeps to the body limit', async () => {
    const csv = `工号,姓名,职级,部门编码\n${'X1,名,P1,HC-RD\n'.repeat(400_000)}`;
    expect(Buffer.byteLength(csv)).toBeGreaterThan(5 * 1024 * 1024);
    const res = await post('/api/v1/org/employees/import', csv, 'text/csv');
    expect(res.statusCode).toBe(413);
    expect(errorOf(res).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses an oversized or unacceptable body from its headers, before reading it', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening');
    const head = (url: string, type: string, length: number) =>
      `POST ${url} HTTP/1.1\r\nHost: x\r\nCookie: ${admin.cookie}\r\nX-CSRF-Token: ${admin.csrf}\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\n\r\n`;
    const MiB = 1024 * 1024;
    expect(await statusBeforeBody(address.port, head('/api/v1/org/employees/import', 'text/csv', 16 * MiB))).toMatch(/ 413 /);
    expect(await statusBeforeBody(address.port, head('/api/v1/org/employees/import', 'application/json', 4 * MiB))).toMatch(/ 415 /);
    expect(await statusBeforeBody(address.port, head('/api/v1/org/employees', 'text/plain', 4 * MiB))).toMatch(/ 415 /);
    expect(await statusBeforeBody(address.port, head('/api/v1/auth/login', 'application/json', 16 * MiB))).toMatch(/ 413 /);
    expect(await statusBeforeBody(address.port, head('/api/v1/auth/login', 'application/xml', 1 * MiB))).toMatch(/ 415 /);
  });
});

describe('JSON bodies are taken as sent', () => {
  const post = (url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, headers: admin.headers });

  it('a number, an array or a boolean sent as the wrong type is refused, not converted', async () => {
    const department = await post('/api/v1/org/departments', { code: 12345, name: '数字编码' });
    expect(errorOf(department).code, department.body).toBe('VALIDATION_FAILED');
    expect(errorOf(department).details?.errors).toEqual([expect.objectContaining({ path: 'code' })]);
    const rank = await post('/api/v1/org/ranks', { code: 'P9X', name: '字符串级别', level: '9' });
    expect(errorOf(rank).details?.errors).toEqual([expect.objectContaining({ path: 'level' })]);
    const key = await post('/api/v1/api-keys', { name: 'k', scopes: 'org:read' });
    expect(errorOf(key).details?.errors).toEqual([expect.objectContaining({ path: 'scopes' })]);
    const sync = await post('/api/v1/org/hr-sync', { deactivateMissing: 'true' });
    expect(errorOf(sync).details?.errors).toEqual([expect.objectContaining({ path: 'deactivateMissing' })]);
    const [row] = await t.db.database.query<{ n: number }>("select count(*)::int as n from departments where code = '12345'");
    expect(row?.n).toBe(0);
  });

  it('query strings and path parameters, which arrive as text, are still converted', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/org/employees?limit=2&status=active', headers: admin.headers });
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json<{ items: unknown[] }>().items).toHaveLength(2);
  });
});

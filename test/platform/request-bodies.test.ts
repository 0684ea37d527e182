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
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body, headers: { 'content-type': 'application/json' } });
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
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: unknownKeys(200), headers: { 'content-type': 'application/json' } });
    const errors = errorOf(res).details?.errors as unknown[];
    expect(errors.length).toBe(50);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, testApp, type TestApp } from '../support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('smoke', () => {
  it('signs in and reads /me', async () => {
    const s = await signInAs(t.app, 'admin@huachen.example.com');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'tenant', roles: expect.arrayContaining(['travel_admin']) });
  });
});

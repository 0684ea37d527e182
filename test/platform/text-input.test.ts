import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, testApp, type SignedIn, type TestApp } from '../support/app.ts';
import { errorOf } from './helpers.ts';

/**
 * Text PostgreSQL cannot store (NUL) or that is not text at all (invalid UTF-8, lone surrogates)
 * is refused where it enters, with INVALID_TEXT, on both databases: in the query string, the path,
 * a JSON body and a CSV file.
 */

let t: TestApp;
let admin: SignedIn;
beforeAll(async () => {
  t = await testApp();
  admin = await signInAs(t.app, 'admin@huachen.example.com');
});
afterAll(async () => {
  await t?.close();
});

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: string | Buffer, contentType = 'application/json') =>
  t.app.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload }),
    headers: { ...admin.headers, ...(payload === undefined ? {} : { 'content-type': contentType }) },
  });

function invalidText(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
  expect(errorOf(res).code).toBe('INVALID_TEXT');
}

const department = (name: string) => `{"code":"NUL-TEST","name":${name}}`;
const ZH_HEADER = '工号,姓名,邮箱,手机,职级,部门编码,直属上级工号,成本中心编码,项目编码,身份证号,护照号,状态';

describe('NUL characters', () => {
  it('in a query parameter', async () => {
    invalidText(await send('GET', '/api/v1/org/employees?q=%00'));
    invalidText(await send('GET', '/api/v1/org/employees?q=a%00b&status=active'));
  });

  it('in a path parameter', async () => {
    invalidText(await send('PATCH', '/api/v1/org/ranks/P%001', '{"name":"x"}'));
  });

  it('in a JSON string, as a value or as a key', async () => {
    invalidText(await send('POST', '/api/v1/org/departments', department('"a\\u0000b"')));
    invalidText(await send('POST', '/api/v1/org/departments', '{"code":"NUL-TEST","name":"x","\\u0000":1}'));
  });

  it('in a CSV file, on the dry run and the real run alike', async () => {
    const csv = `${ZH_HEADER}\nHC80001,有\u0000空字符,,,P1,HC-RD,,,,,,\n`;
    invalidText(await send('POST', '/api/v1/org/employees/import?dryRun=true', csv, 'text/csv; charset=utf-8'));
    invalidText(await send('POST', '/api/v1/org/employees/import', csv, 'text/csv; charset=utf-8'));
  });

  it('nothing was written', async () => {
    const [row] = await t.db.database.query<{ n: number }>(
      "select (select count(*) from departments where code = 'NUL-TEST') + (select count(*) from employees where employee_no = 'HC80001') as n",
    );
    expect(Number(row?.n)).toBe(0);
  });
});

describe('text that is not UTF-8', () => {
  it('a JSON body with bytes that are not UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('{"code":"BAD-UTF8","name":"a'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    invalidText(await send('POST', '/api/v1/org/departments', body));
  });

  it('a JSON string with a lone surrogate', async () => {
    invalidText(await send('POST', '/api/v1/org/departments', department('"a\\ud800b"')));
  });

  it('a query parameter whose percent-escapes are not UTF-8', async () => {
    invalidText(await send('GET', '/api/v1/org/employees?q=%FF'));
    invalidText(await send('GET', '/api/v1/org/employees?q=%E4%B8'));
    // Well-formed escapes and a stray % stay as they were.
    expect((await send('GET', '/api/v1/org/employees?q=%E5%BC%A0')).statusCode).toBe(200);
    expect((await send('GET', '/api/v1/org/employees?q=100%')).statusCode).toBe(200);
  });

  it('a CSV file that is neither UTF-8 nor GB18030', async () => {
    const csv = Buffer.concat([Buffer.from(`${ZH_HEADER}\nHC80002,`), Buffer.from([0xff, 0xff, 0xff]), Buffer.from(',,,P1,HC-RD,,,,,,\n')]);
    invalidText(await send('POST', '/api/v1/org/employees/import?dryRun=true', csv, 'text/csv'));
  });

  it('nothing was written', async () => {
    const [row] = await t.db.database.query<{ n: number }>(
      "select (select count(*) from departments where code = 'BAD-UTF8') + (select count(*) from employees where employee_no = 'HC80002') as n",
    );
    expect(Number(row?.n)).toBe(0);
  });
});

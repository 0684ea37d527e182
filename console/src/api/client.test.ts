import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as ClientModule from './client';
import type * as AuthModule from './auth';
import type * as OrgModule from './org';
import type * as PolicyModule from './policy';

/**
 * The console's API client over a stand-in fetch: what every call carries, and how answers and
 * failures come back. openapi-fetch takes fetch and Request when the client is made, so the
 * stand-ins are in place before the module is imported.
 */
vi.mock('../i18n', () => ({ default: { language: 'en' } }));

const ORIGIN = 'http://tripdesk.test';
/** Request as the browser has it: a path is resolved against the page's origin. */
class PageRequest extends Request {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(typeof input === 'string' ? new URL(input, ORIGIN) : input, init);
  }
}

const sent: Request[] = [];
let reply: (request: Request) => Response | Promise<Response> = () => Response.json({});

type Apis = { org: typeof OrgModule; auth: typeof AuthModule; policy: typeof PolicyModule };
let client: typeof ClientModule;
let apis: Apis;

beforeAll(async () => {
  vi.stubGlobal('Request', PageRequest);
  vi.stubGlobal('document', { cookie: 'other=1; td_csrf=csrf%2Dtoken' });
  vi.stubGlobal('fetch', async (request: Request) => {
    sent.push(request);
    return reply(request);
  });
  client = await import('./client');
  apis = { org: await import('./org'), auth: await import('./auth'), policy: await import('./policy') };
});

afterEach(() => {
  sent.length = 0;
  reply = () => Response.json({});
  client.setTenantId(null);
  client.setUnauthorizedHandler(null);
});

const last = (): Request => {
  const request = sent.at(-1);
  if (!request) throw new Error('nothing was sent');
  return request;
};

describe('every call', () => {
  it('asks for JSON in the viewer’s language, for the chosen tenant', async () => {
    client.setTenantId('tenant-1');
    reply = () => Response.json({ items: [] });
    await apis.org.orgApi.departments();
    expect(last().url).toBe(`${ORIGIN}/api/v1/org/departments`);
    expect(Object.fromEntries(last().headers)).toMatchObject({
      accept: 'application/json',
      'accept-language': 'en',
      'x-tenant-id': 'tenant-1',
    });
    expect(last().credentials).toBe('same-origin');
  });

  it('sends the CSRF cookie’s value on writes only', async () => {
    reply = () => Response.json({ items: [] });
    await apis.org.orgApi.departments();
    expect(last().headers.get('x-csrf-token')).toBeNull();
    reply = () => new Response(null, { status: 204 });
    await apis.org.orgApi.deleteDepartment('d/1');
    expect(last().method).toBe('DELETE');
    expect(last().url).toBe(`${ORIGIN}/api/v1/org/departments/d%2F1`);
    expect(last().headers.get('x-csrf-token')).toBe('csrf-token');
  });

  it('leaves absent and empty query values out', async () => {
    reply = () => Response.json({ items: [], nextCursor: null });
    await apis.org.orgApi.employees({ q: '', departmentId: undefined, status: 'active', limit: 20 });
    expect(new URL(last().url).search).toBe('?status=active&limit=20');
  });

  it('sends JSON bodies as JSON', async () => {
    reply = () => Response.json({ id: 'p1' }, { status: 201 });
    await apis.policy.policyApi.create({ name: '差旅标准' });
    expect(last().headers.get('content-type')).toBe('application/json');
    expect(await last().json()).toEqual({ name: '差旅标准' });
  });

  it('sends the import as text/csv, dry runs flagged in the query', async () => {
    reply = () => Response.json({ created: 1, updated: 0 });
    await expect(apis.org.orgApi.importEmployees('employeeNo,name\nA1,张三\n', true)).resolves.toEqual({ created: 1, updated: 0 });
    expect(last().method).toBe('POST');
    expect(new URL(last().url).search).toBe('?dryRun=true');
    expect(last().headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(last().headers.get('x-csrf-token')).toBe('csrf-token');
    expect(await last().text()).toBe('employeeNo,name\nA1,张三\n');
  });

  it('downloads files with the name the server gives them', async () => {
    reply = () =>
      new Response('工号,姓名\n', {
        headers: {
          'Content-Type': 'text/csv',
          'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('员工模板.csv')}`,
        },
      });
    const { blob, filename } = await apis.org.orgApi.importTemplate();
    expect(filename).toBe('员工模板.csv');
    expect(await blob.text()).toBe('工号,姓名\n');
  });
});

describe('failures', () => {
  it('become ApiErrors with the server’s code, message, details and request id', async () => {
    reply = () =>
      Response.json(
        { code: 'VALIDATION_FAILED', message: 'Invalid', details: { errors: [{ path: 'name', message: 'required' }] }, requestId: 'r-1' },
        { status: 422 },
      );
    const error = await apis.org.orgApi.createDepartment({ code: 'X', name: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(client.ApiError);
    expect(error).toMatchObject({
      status: 422,
      code: 'VALIDATION_FAILED',
      message: 'Invalid',
      requestId: 'r-1',
      details: { errors: [{ path: 'name', message: 'required' }] },
    });
  });

  it('that are not ours keep the status, with no message', async () => {
    reply = () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } });
    await expect(apis.org.orgApi.ranks()).rejects.toMatchObject({ status: 502, code: 'HTTP_502', message: '' });
  });

  it('of the network are NETWORK_ERROR; an abort stays an abort', async () => {
    reply = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(apis.org.orgApi.ranks()).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR', message: 'Failed to fetch' });
    reply = () => Promise.reject(new DOMException('aborted', 'AbortError'));
    await expect(apis.org.orgApi.ranks()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('401 calls the handler, except for the sign-in itself', async () => {
    const onUnauthorized = vi.fn();
    client.setUnauthorizedHandler(onUnauthorized);
    reply = () => Response.json({ code: 'UNAUTHENTICATED', message: 'Sign in' }, { status: 401 });
    await expect(apis.auth.authApi.me()).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(apis.auth.authApi.login('a@example.com', 'wrong')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

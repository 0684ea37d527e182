import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/platform/http/types.ts';
import { signInAs, type SignedIn, testApp, type TestApp } from '../support/app.ts';
import { openApiOperation, routeCatalogue } from '../support/route-catalogue.ts';

/** The geo directory over HTTP, in the whole application over a demo-seeded database. */

interface CityJson {
  id: string;
  zh: string;
  en: string;
  tier: string;
  tierYear: number;
  iataCity: string | null;
  airports: { iata: string; main: boolean }[];
  stations: { name: string; telegraphCode: string }[];
  province: { code: string; zh: string; en: string };
}

let t: TestApp;
let app: App;
let admin: SignedIn;

beforeAll(async () => {
  t = await testApp();
  app = t.app;
  admin = await signInAs(app, 'admin@huachen.example.com');
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, query: Record<string, string> = {}, headers: Record<string, string> = admin.headers) =>
  app.inject({ method: 'GET', url, query, headers });

describe('GET /api/v1/geo/cities', () => {
  it('searches by initials, pinyin and Chinese, 北京 first', async () => {
    for (const q of ['bj', 'beij', '北', 'Bei']) {
      const res = await get('/api/v1/geo/cities', { q, limit: '5' });
      expect(res.statusCode, q).toBe(200);
      const { items } = res.json<{ items: CityJson[] }>();
      expect(items[0]?.id, q).toBe('beijing');
      expect(items.length).toBeLessThanOrEqual(5);
    }
  });

  it('sends the whole city view', async () => {
    const res = await get('/api/v1/geo/cities', { q: '成都', limit: '1' });
    const [chengdu] = res.json<{ items: CityJson[] }>().items;
    expect(chengdu).toMatchObject({
      id: 'chengdu',
      zh: '成都',
      en: 'Chengdu',
      tier: 'new_tier1',
      tierYear: 2024,
      iataCity: 'CTU',
      province: { code: '510000', zh: '四川', en: 'Sichuan' },
    });
    expect(chengdu?.airports.map((a) => a.iata)).toEqual(['CTU', 'TFU']);
    expect(chengdu?.stations[0]).toEqual({ name: '成都', telegraphCode: 'CDW' });
  });

  it('lists the cities of a tier without a query', async () => {
    const res = await get('/api/v1/geo/cities', { tier: 'tier1' });
    expect(res.json<{ items: CityJson[] }>().items.map((c) => c.id)).toEqual(['beijing', 'shanghai', 'guangzhou', 'shenzhen']);
    const all = await get('/api/v1/geo/cities', { limit: '400' });
    expect(all.json<{ items: CityJson[] }>().items.length).toBeGreaterThan(350);
  });

  it('refuses a query past its limits', async () => {
    const bad: Record<string, string>[] = [{ q: 'x'.repeat(51) }, { limit: '0' }, { limit: '401' }, { tier: 'tier3' }, { other: '1' }];
    for (const query of bad) {
      const res = await get('/api/v1/geo/cities', query);
      expect(res.statusCode, JSON.stringify(query)).toBe(422);
      expect(res.json<{ code: string }>().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('GET /api/v1/geo/cities/:id', () => {
  it('answers a city by its id, and 404 NOT_FOUND for an unknown id', async () => {
    const res = await get('/api/v1/geo/cities/taizhou_zj');
    expect(res.statusCode).toBe(200);
    expect(res.json<CityJson>()).toMatchObject({ zh: '台州', en: 'Taizhou (Zhejiang)', tier: 'tier2', iataCity: 'HYN' });
    for (const id of ['taizhou', 'atlantis', 'BJS']) {
      const unknown = await get(`/api/v1/geo/cities/${id}`);
      expect(unknown.statusCode, id).toBe(404);
      expect(unknown.json<{ code: string }>().code).toBe('NOT_FOUND');
    }
  });
});

describe('GET /api/v1/geo/resolve', () => {
  it('resolves any spelling of a city', async () => {
    for (const text of ['北京', '北京市', 'Beijing', 'BJS', 'PEK', 'PKX', '110000', '北京南', 'VNP', ' ＢＪＳ ']) {
      const res = await get('/api/v1/geo/resolve', { text });
      expect(res.statusCode, text).toBe(200);
      expect(res.json<CityJson>().id, text).toBe('beijing');
    }
    const rail = await get('/api/v1/geo/resolve', { text: 'HZH', codes: 'rail' });
    expect(rail.json<CityJson>().id).toBe('hangzhou');
    const air = await get('/api/v1/geo/resolve', { text: 'HZH' });
    expect(air.json<CityJson>().id).toBe('qiandongnan');
  });

  it('answers 404 NOT_FOUND for what names no city and 422 without a text', async () => {
    const res = await get('/api/v1/geo/resolve', { text: 'Atlantis' });
    expect(res.statusCode).toBe(404);
    expect(res.json<{ code: string }>().code).toBe('NOT_FOUND');
    expect((await get('/api/v1/geo/resolve')).statusCode).toBe(422);
    expect((await get('/api/v1/geo/resolve', { text: 'x'.repeat(101) })).statusCode).toBe(422);
  });
});

describe('access and documentation', () => {
  it('needs a signed-in caller: 401 AUTH_REQUIRED otherwise', async () => {
    for (const url of ['/api/v1/geo/cities?q=bj', '/api/v1/geo/cities/beijing', '/api/v1/geo/resolve?text=PEK']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json<{ code: string }>().code).toBe('AUTH_REQUIRED');
    }
    const traveller = await signInAs(app, 'traveller@huachen.example.com');
    expect((await get('/api/v1/geo/resolve', { text: '上海' }, traveller.headers)).statusCode).toBe(200);
  });

  it('documents the routes in the OpenAPI description', async () => {
    const routes = routeCatalogue(app).filter((r) => r.url.startsWith('/api/v1/geo/'));
    expect(routes.map((r) => `${r.method} ${r.url} ${r.access}`)).toEqual([
      'GET /api/v1/geo/cities authenticated',
      'GET /api/v1/geo/cities/:id authenticated',
      'GET /api/v1/geo/resolve authenticated',
    ]);
    for (const r of routes) {
      const op = openApiOperation(app, r);
      expect(op?.summary, r.url).toBeTruthy();
      expect(op?.tags, r.url).toEqual(['geo']);
    }
  });
});

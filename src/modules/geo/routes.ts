import { Type } from '@sinclair/typebox';
import { notFound } from '../../platform/errors/app-error.ts';
import { errorResponses } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { cityById, listCities } from './directory.ts';
import { CityIdParams, CityListQuery, CitySchema, ResolveQuery } from './geo-schemas.ts';
import { resolveCity } from './resolve.ts';
import { searchCities } from './search.ts';

const tags = ['geo'];

/** The city directory: search, one city, and the resolver. Reference data, the same for every tenant. */
export function geoRoutes(app: App, _deps: AppDeps): void {
  app.get(
    '/api/v1/geo/cities',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'searchCities',
        tags,
        summary: 'Search cities (by Chinese, pinyin, initials, English or a code), or list them',
        description:
          'With q: exact, then prefix, then substring matches, 一线 cities first among equals. Without q: every city (of the tier) in division-code order.',
        querystring: CityListQuery,
        response: { 200: Type.Object({ items: Type.Array(CitySchema) }), ...errorResponses },
      },
    },
    async (req) => {
      const { q, tier, limit = 20 } = req.query;
      const items = q?.trim() ? searchCities(q, { tier, limit }) : listCities({ tier }).slice(0, limit);
      return { items };
    },
  );
  app.get(
    '/api/v1/geo/cities/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'getCity',
        tags,
        summary: 'One city by its id',
        params: CityIdParams,
        response: { 200: CitySchema, ...errorResponses },
      },
    },
    async (req) => {
      const city = cityById(req.params.id);
      if (!city) throw notFound('city');
      return city;
    },
  );
  app.get(
    '/api/v1/geo/resolve',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'resolveCity',
        tags,
        summary: 'The city a name, pinyin, IATA, telegraph or division code names',
        description:
          'A spelling two cities share (taizhou, suzhou, fuzhou, yichun, yulin) gives the more prominent; the ids (taizhou_js) give their own city.',
        querystring: ResolveQuery,
        response: { 200: CitySchema, ...errorResponses },
      },
    },
    async (req) => {
      const city = resolveCity(req.query.text, { codes: req.query.codes });
      if (!city) throw notFound('city');
      return city;
    },
  );
}

import { randomUUID } from 'node:crypto';
import type { App, RouteAccess, RouteEntry } from '../../src/platform/http/types.ts';

export type { RouteEntry };

/**
 * Every /api route of a built app with the access it declares, from the app's own route table
 * (filled by an onRoute hook while the app is built). Sorted, so that test names are stable.
 */
export function routeCatalogue(app: App): RouteEntry[] {
  const routes = [...app.routeTable];
  if (routes.length === 0) throw new Error('the app has no /api routes: was it built with buildApp()?');
  return routes.sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method));
}

/** The names of a route's path parameters, in order: `/api/v1/x/:id/y/:code` → ['id', 'code']. */
export const pathParams = (url: string): string[] => [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');

/** A value for a path parameter: a (random, so unknown) uuid for ids, an unknown code otherwise. */
export function paramValue(name: string): string {
  return /id$/i.test(name) ? randomUUID() : 'ZZ-NO-SUCH-CODE';
}

/** The route's URL with every path parameter filled; `given` overrides by parameter name. */
export function fillPath(url: string, given: Record<string, string> = {}): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => encodeURIComponent(given[name] ?? paramValue(name)));
}

export const hasBody = (method: string): boolean => !['GET', 'HEAD', 'DELETE', 'OPTIONS'].includes(method);

/** A readable name for a test: `GET /api/v1/me (authenticated)`. */
export const describeRoute = (r: { method: string; url: string; access: RouteAccess }): string => `${r.method} ${r.url} (${r.access})`;

/** What the OpenAPI document says a route takes. */
export interface RouteInputs {
  /** The route documents a JSON request body. */
  jsonBody: boolean;
  /** The top-level properties of that body. */
  bodyProperties: string[];
  /** Its query parameters by name. */
  query: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The OpenAPI path of a Fastify URL: `/a/:id` → `/a/{id}`. */
export const openApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/** The OpenAPI operation object of a route, or undefined when the document lacks it. */
export function openApiOperation(app: App, route: RouteEntry): Record<string, unknown> | undefined {
  const doc: unknown = app.swagger();
  if (!isObject(doc) || !isObject(doc.paths)) throw new Error('the OpenAPI document has no paths');
  const item = doc.paths[openApiPath(route.url)];
  if (!isObject(item)) return undefined;
  const op = item[route.method.toLowerCase()];
  return isObject(op) ? op : undefined;
}

export function routeInputs(app: App, route: RouteEntry): RouteInputs {
  const op = openApiOperation(app, route);
  if (!op) throw new Error(`${route.method} ${route.url} is missing from the OpenAPI document`);
  const content = isObject(op.requestBody) && isObject(op.requestBody.content) ? op.requestBody.content : {};
  const json = content['application/json'];
  const schema = isObject(json) && isObject(json.schema) ? json.schema : undefined;
  const parameters = Array.isArray(op.parameters) ? op.parameters.filter(isObject) : [];
  return {
    jsonBody: schema !== undefined,
    bodyProperties: schema && isObject(schema.properties) ? Object.keys(schema.properties) : [],
    query: parameters.filter((p) => p.in === 'query' && typeof p.name === 'string').map((p) => String(p.name)),
  };
}

import type { JsonSchema } from './json-schema-arbitrary.ts';

/** Where request fields find their values: a field name → the collection and property that hold them. */
const SOURCES: Record<string, [collection: string, property: string][]> = {
  departmentId: [['/api/v1/org/departments', 'id']],
  parentId: [['/api/v1/org/departments', 'id']],
  employeeId: [['/api/v1/org/employees', 'id']],
  managerId: [['/api/v1/org/employees', 'id']],
  headEmployeeId: [['/api/v1/org/employees', 'id']],
  ownerEmployeeId: [['/api/v1/org/employees', 'id']],
  delegateId: [['/api/v1/org/employees', 'id']],
  requesterId: [['/api/v1/org/employees', 'id']],
  toEmployeeId: [['/api/v1/org/employees', 'id']],
  onBehalfOf: [['/api/v1/org/employees', 'id']],
  travellerIds: [['/api/v1/org/employees', 'id']],
  projectId: [['/api/v1/org/projects', 'id']],
  projectIds: [['/api/v1/org/projects', 'id']],
  costCentreId: [['/api/v1/org/cost-centres', 'id']],
  scopeId: [
    ['/api/v1/org/departments', 'id'],
    ['/api/v1/org/projects', 'id'],
    ['/api/v1/org/employees', 'id'],
  ],
  rank: [['/api/v1/org/ranks', 'code']],
  rankCode: [['/api/v1/org/ranks', 'code']],
  rankCodes: [['/api/v1/org/ranks', 'code']],
  ranks: [['/api/v1/org/ranks', 'code']],
  policyId: [['/api/v1/policies', 'id']],
  copyFromPolicyId: [['/api/v1/policies', 'id']],
  versionId: [['/api/v1/policies', 'versionId']],
  instanceIds: [['/api/v1/approvals/inbox', 'instanceId']],
  requestId: [['/api/v1/travel-requests', 'id']],
  accountIds: [['/api/v1/tenants/{id}/operators', 'accountId']],
  fromCity: [['/api/v1/geo/cities', 'id']],
  toCity: [['/api/v1/geo/cities', 'id']],
  cityCode: [['/api/v1/geo/cities', 'id']],
  origin: [['/api/v1/geo/cities', 'id']],
  destination: [['/api/v1/geo/cities', 'id']],
  destinationCity: [['/api/v1/geo/cities', 'id']],
  cityCodes: [['/api/v1/geo/cities', 'id']],
  cities: [['/api/v1/geo/cities', 'id']],
};

/**
 * Values seen in the answers of reads, by property name and by collection path, first seen first
 * (so a fuzz run is deterministic), from which generated requests take ids and codes that exist.
 */
export class KnownValues {
  private readonly byName = new Map<string, unknown[]>();
  private readonly byCollection = new Map<string, Map<string, unknown[]>>();

  /** Remembers the scalar values of an answer of `collection` (its path in the document). */
  harvest(collection: string, value: unknown): void {
    const byName = this.byCollection.get(collection) ?? new Map<string, unknown[]>();
    this.byCollection.set(collection, byName);
    const walk = (v: unknown, key: string | undefined, depth: number) => {
      if (depth > 6) return;
      if (Array.isArray(v)) for (const item of v) walk(item, key, depth + 1);
      else if (typeof v === 'object' && v !== null) for (const [k, child] of Object.entries(v)) walk(child, k, depth + 1);
      else if (key !== undefined && (typeof v === 'string' || typeof v === 'number')) {
        remember(this.byName, key, v);
        if (depth <= 3) remember(byName, key, v);
      }
    };
    walk(value, undefined, 0);
  }

  /** The values a request field of the operation at `path` may take from what was seen, those its schema allows. */
  knownFor(path: string, valid: (schema: JsonSchema, value: unknown) => boolean) {
    return (name: string | undefined, schema: JsonSchema): readonly unknown[] => {
      if (name === undefined) return [];
      if (name === 'cursor') return (this.byCollection.get(path)?.get('nextCursor') ?? []).filter((v) => valid(schema, v));
      const sources = SOURCES[name];
      let values: unknown[];
      if (sources) values = sources.flatMap(([collection, property]) => this.byCollection.get(collection)?.get(property) ?? []);
      else if (path.includes(`{${name}}`)) {
        // A path parameter: the values of that property in the answers of the collection it is in.
        const collection = path.slice(0, path.indexOf(`/{${name}}`));
        values =
          this.byCollection.get(collection)?.get(name === 'code' ? 'code' : name === 'instanceId' ? 'instanceId' : 'id') ??
          this.byName.get(name) ??
          [];
      } else values = [];
      return values.filter((v) => valid(schema, v));
    };
  }
}

function remember(map: Map<string, unknown[]>, key: string, value: unknown): void {
  const list = map.get(key) ?? [];
  if (list.length < 40 && !list.includes(value)) list.push(value);
  map.set(key, list);
}

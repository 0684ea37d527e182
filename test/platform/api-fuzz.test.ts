import fs from 'node:fs';
import fc from 'fast-check';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbitraryFor, type ArbitraryContext } from '../support/json-schema-arbitrary.ts';
import {
  DocumentValidator,
  operationsOf,
  servedDocument,
  type DocumentedOperation,
  type OpenApiDocument,
} from '../support/openapi-document.ts';
import { signInAs, testApp, type TestApp } from '../support/app.ts';
import { KnownValues } from '../support/fuzz-known-values.ts';
import { losses } from '../support/serialiser-losses.ts';

/**
 * A schema-driven fuzz of every operation of the served OpenAPI document. For each operation it
 * generates requests that are VALID for the documented path parameters, query and body (fast-check,
 * fixed seeds), sends them in-process as a platform admin (with X-Tenant-Id) and as an enterprise
 * travel admin, and checks that
 *   - no answer is a 5xx,
 *   - every status is one the operation documents, and the body validates against the schema the
 *     document gives for it (errors against ErrorBody),
 *   - the response serialiser dropped or changed nothing the handler answered,
 *   - VALIDATION_FAILED answers only to semantic checks listed below (a referenced id must exist,
 *     a range must be ordered …): a request valid against the schema never fails a format or length
 *     rule of the server.
 * Reads go first (their answers provide ids and codes that later requests may use), then writes,
 * then deletions, then signing out. It prints the share of VALIDATION_FAILED per operation; with
 * TRIPDESK_FUZZ_REPORT=<file prefix> it also writes every violation and tally to <prefix>.<db>.json.
 * The JSON Schema → fast-check arbitraries are test/support/json-schema-arbitrary.ts.
 */

/** Requests per operation and caller: 88 operations × 2 callers × 8 ≈ 1,400 requests, about 25 s on PGlite alone, 40 s beside other test files. */
const RUNS = 8;

interface Caller {
  name: string;
  headers: Record<string, string>;
}

/**
 * The VALIDATION_FAILED messages that answer a semantic check: what a JSON Schema cannot say (or
 * should not, to keep the generated client's types plain). Anything else is a format, length or
 * range rule that the schema should have stated, and fails the test.
 */
const SEMANTIC: [message: RegExp, reason: string][] = [
  [
    /^no such |^no (department|employee) with external id |^no cost centre with code |^no rank with code or name /,
    'a referenced record must exist',
  ],
  [/^not an employee of this enterprise$/, 'a referenced record must exist'],
  [/^no order .* you can see$|^not a desk member serving this enterprise$/, 'a referenced record must exist'],
  [/^say whom the ticket is for$/, 'required from agents and API keys, not from a requester (depends on the caller)'],
  [/^rank name .* is shared by /, 'a rank named by a name two ranks share is ambiguous'],
  [/^the project is closed$/, 'a referenced project must be active'],
  [
    /^required: the caller is not an employee$|^only employees can file travel requests$/,
    'the caller (a platform admin) has no employee of their own',
  ],
  [/^not a valid cursor$/, 'a cursor must be one the server issued'],
  [/^must be in the future$/, 'depends on the clock'],
  [
    /^give exactly one of |^lists no city and no country$/,
    'alternative fields (email or phone; policyId, versionId or rules; cities or countries)',
  ],
  [
    /^must be after startsAt$|^must not be before departDate$|minimum is above the maximum$|^minRankLevel is above maxRankLevel|^from is after to$/,
    'a range must be ordered',
  ],
  [/^the total is too large$/, 'a sum of fields'],
  [
    /is listed twice$|^stage ids must be unique$|is also the id of rule |^the same travellers as assignment |^also given for employees\[|is already matched by another entry$|is also used by /,
    'unique by a key within a list',
  ],
  [
    /^covers rank levels that band |^overlaps peak season |^must be above maxCabin|^from and to are the same|raises nothing|never applies|^differs from the window of an earlier lowest-fare rule/,
    'consistency between a policy’s rules and their parts',
  ],
  [/^an employee cannot be their own manager$|^the reporting line would loop/, 'a reporting line must not loop'],
  [/^ID card number has (an impossible birth date|a wrong check digit)$/, 'a check digit and a birth date up to today'],
  [/^the check digit \(last character\) does not match/, 'a credit code’s check digit'],
  [/^a published policy has rules that warn/, 'depends on the published policies'],
  [
    /^personal_pay \(超标个人付\) is for fare and hotel caps/,
    'an action allowed for some rule kinds only: as a union per kind the validator would report every branch',
  ],
  [
    /^a default row covers the ranks no other rule of its kind covers/,
    'a default row (otherwise) names no ranks: a rule across two fields of appliesTo',
  ],
  [
    /^required for a transfer$|^only a transfer has a target budget$/,
    'a field only one kind of budget adjustment takes: if/then in the schema would make the client’s body a union',
  ],
  [/^not an enterprise role /, 'an approver role inside the union of approver rules: as an enum the validator would report every branch'],
  [
    /^unknown city [^ ]+$|^the traveller has no department$/,
    'a referenced record must exist (a search’s cities are the geo catalogue’s; an order’s approval needs the traveller’s department)',
  ],
  [/^\d{4}-\d{2}-\d{2} is past \(today is \d{4}-\d{2}-\d{2}, China time\)$|^the pick-up is past$/, 'depends on the clock'],
  [
    /^a stay of 1 to \d+ nights after check-in$|^the same city as the origin$/,
    'a rule across two fields of a search: check-out 1 to 30 nights after check-in, a destination other than the origin',
  ],
  [/^on or after from$/, 'a range must be ordered'],
  [
    /^a change stays in its category \([a-z]+\)$/,
    'a change (改签) searches the category of the order it changes (depends on the stored order)',
  ],
  [
    /^at most \d+ days after from$|^more than \d+ bookings in the range; choose a shorter one$/,
    'a what-if range: at most a year between two fields, and at most so many bookings (depends on the data)',
  ],
  [
    / does not resolve$| resolves to an? [a-z-]+ address$|^must be https$|^the host is not a valid international \(xn--\) domain name$/,
    'a webhook URL’s host must resolve, to public addresses only (the SSRF guard asks DNS), and punycode must decode',
  ],
];
const isSemantic = (message: string) => SEMANTIC.some(([re]) => re.test(message));

interface Tally {
  runs: number;
  byStatus: Map<number, number>;
  validationFailed: number;
  formatFailures: string[];
}

let t: TestApp;
let doc: OpenApiDocument;
let validator: DocumentValidator;
const callers: Caller[] = [];
const tallies = new Map<string, Tally>();
const violations: string[] = [];

/** What the serialiser dropped or changed, by route: recorded from preSerialization to onSend. */
const serialised = new WeakMap<FastifyRequest, unknown>();
const serialiserLosses = new Set<string>();

/** Ids and codes seen in answers, for requests to refer to things that exist; gathered by the reads. */
const known = new KnownValues();
let harvesting = true;

const seedOf = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) | 0, 7);

interface GeneratedRequest {
  url: string;
  query: Record<string, string>;
  payload?: string;
  contentType?: string;
}

const queryText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function requestArbitrary(op: DocumentedOperation): fc.Arbitrary<GeneratedRequest> {
  const ctx: ArbitraryContext = {
    components: doc.components.schemas,
    known: known.knownFor(op.path, (schema, value) => validator.valid(schema, value)),
  };
  const params = op.operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const pathArb = fc.record(Object.fromEntries(pathParams.map((p) => [p.name, arbitraryFor(p.schema, ctx, 0, p.name)])));
  const queryArb = fc.record(Object.fromEntries(queryParams.map((p) => [p.name, arbitraryFor(p.schema, ctx, 0, p.name)])), {
    requiredKeys: queryParams.filter((p) => p.required).map((p) => p.name),
  });
  const content = op.operation.requestBody?.content ?? {};
  const [contentType] = Object.keys(content);
  const bodySchema = contentType ? content[contentType]?.schema : undefined;
  const bodyArb: fc.Arbitrary<unknown> = bodySchema ? arbitraryFor(bodySchema, ctx) : fc.constant(undefined);
  return fc.tuple(pathArb, queryArb, bodyArb).map(([path, query, body]) => ({
    url: op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(path[name]))),
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, queryText(v)])),
    ...(body === undefined || contentType === undefined
      ? {}
      : { payload: contentType === 'application/json' ? JSON.stringify(body) : String(body), contentType }),
  }));
}

function tallyOf(key: string): Tally {
  const tally = tallies.get(key) ?? { runs: 0, byStatus: new Map(), validationFailed: 0, formatFailures: [] };
  tallies.set(key, tally);
  return tally;
}

const keyOf = (op: DocumentedOperation) => `${op.method.toUpperCase()} ${op.path}`;

async function fuzz(op: DocumentedOperation, caller: Caller, runs: number): Promise<void> {
  const samples = fc.sample(requestArbitrary(op), { seed: seedOf(`${keyOf(op)} ${caller.name}`), numRuns: runs });
  const tally = tallyOf(keyOf(op));
  for (const req of samples) {
    const res = await t.app.inject({
      method: op.method.toUpperCase() as 'GET',
      url: req.url,
      query: req.query,
      headers: { ...caller.headers, ...(req.contentType ? { 'content-type': req.contentType } : {}) },
      ...(req.payload === undefined ? {} : { payload: req.payload }),
    });
    const what = `${keyOf(op)} as ${caller.name}: ${op.method.toUpperCase()} ${req.url}?${new URLSearchParams(req.query).toString()} ${req.payload?.slice(0, 400) ?? ''} → ${res.statusCode} ${res.body.slice(0, 400)}`;
    tally.runs++;
    tally.byStatus.set(res.statusCode, (tally.byStatus.get(res.statusCode) ?? 0) + 1);
    if (res.statusCode >= 500) {
      violations.push(`5xx: ${what.replace(req.payload?.slice(0, 400) ?? '', req.payload ?? '')}`);
      continue;
    }
    const documented = op.operation.responses[String(res.statusCode)];
    if (!documented) {
      violations.push(`undocumented status: ${what}`);
      continue;
    }
    const media = documented.content ? Object.entries(documented.content)[0] : undefined;
    if (!media) {
      if (res.body !== '') violations.push(`a body where the document says none: ${what}`);
      continue;
    }
    const [mediaType, { schema }] = media;
    const responseType = String(res.headers['content-type'] ?? '').split(';')[0];
    if (responseType !== mediaType) violations.push(`content type ${responseType}, documented ${mediaType}: ${what}`);
    let body: unknown = res.body;
    if (mediaType === 'application/json') {
      try {
        body = JSON.parse(res.body);
      } catch {
        violations.push(`not JSON: ${what}`);
        continue;
      }
    }
    const errors = validator.errors(schema, body);
    if (errors.length > 0) violations.push(`answer does not match its schema (${errors.slice(0, 5).join('; ')}): ${what}`);
    if (harvesting && res.statusCode < 300 && op.method === 'get') known.harvest(op.path, body);
    if (res.statusCode === 422 && typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 'VALIDATION_FAILED') {
      tally.validationFailed++;
      const details = (body as { details?: { errors?: { path: string; message: string }[] } }).details?.errors ?? [];
      const format = details.filter((e) => !isSemantic(e.message));
      if (format.length > 0 || details.length === 0)
        tally.formatFailures.push(`${format.map((e) => `${e.path}: ${e.message}`).join('; ')} ← ${what}`);
    }
  }
}

beforeAll(async () => {
  t = await testApp({
    beforeReady: (app) => {
      app.addHook('preSerialization', async (req, _reply, payload) => {
        serialised.set(req, JSON.parse(JSON.stringify(payload)) as unknown);
        return payload;
      });
      app.addHook('onSend', async (req, reply, payload) => {
        const before = serialised.get(req);
        if (before === undefined || typeof payload !== 'string') return payload;
        const out: string[] = [];
        losses(before, JSON.parse(payload) as unknown, '', out);
        for (const loss of out) serialiserLosses.add(`${req.method} ${req.routeOptions.url ?? req.url} ${reply.statusCode}: ${loss}`);
        return payload;
      });
    },
  });
  doc = await servedDocument(t.app);
  validator = new DocumentValidator(doc);
  const platformAdmin = await signInAs(t.app, 'admin@tripdesk.example.com');
  const travelAdmin = await signInAs(t.app, 'admin@huachen.example.com');
  callers.push(
    { name: 'platform admin', headers: { ...platformAdmin.headers, 'x-tenant-id': t.db.demo.tenants.huachen } },
    { name: 'travel admin', headers: travelAdmin.headers },
  );
});

afterAll(async () => {
  const rows = [...tallies.entries()]
    .filter(([, tally]) => tally.validationFailed > 0)
    .map(
      ([key, tally]) =>
        `${((100 * tally.validationFailed) / tally.runs).toFixed(0).padStart(4)}%  ${key}  (${tally.validationFailed}/${tally.runs}, format: ${tally.formatFailures.length})`,
    );
  const runs = [...tallies.values()].reduce((n, tally) => n + tally.runs, 0);
  const failed = [...tallies.values()].reduce((n, tally) => n + tally.validationFailed, 0);
  const format = [...tallies.values()].reduce((n, tally) => n + tally.formatFailures.length, 0);
  console.log(
    [
      `API fuzz: ${runs} schema-valid requests, ${failed} VALIDATION_FAILED (${((100 * failed) / Math.max(runs, 1)).toFixed(1)}%), ` +
        `${format} of them on a format or length rule (${((100 * format) / Math.max(runs, 1)).toFixed(1)}%)`,
      ...rows,
    ].join('\n'),
  );
  if (process.env.TRIPDESK_FUZZ_REPORT) {
    const report = {
      violations,
      serialiserLosses: [...serialiserLosses],
      tallies: Object.fromEntries([...tallies].map(([k, v]) => [k, { ...v, byStatus: Object.fromEntries(v.byStatus) }])),
    };
    fs.writeFileSync(`${process.env.TRIPDESK_FUZZ_REPORT}.${t.db.kind}.json`, JSON.stringify(report, null, 2));
  }
  await t?.close();
});

/** Reads, writes, deletions, then signing out (which ends the callers' sessions). */
const phaseOf = (op: DocumentedOperation): number => {
  if (op.path === '/api/v1/auth/logout') return 4;
  if (op.method === 'get') return op.path.includes('{') ? 1 : 0;
  return op.method === 'delete' ? 3 : 2;
};

describe('a fuzz of every operation with requests its schemas allow', () => {
  /** Fuzzes the operations of the phases; the violations they found. */
  const phases = async (runs: number, ...ns: number[]): Promise<string[]> => {
    const from = violations.length;
    for (const n of ns) {
      for (const op of operationsOf(doc).filter((o) => phaseOf(o) === n)) {
        for (const caller of callers) await fuzz(op, caller, runs);
      }
    }
    return violations.slice(from);
  };

  it('reads', async () => {
    const found = await phases(RUNS, 0, 1);
    harvesting = false;
    expect(found).toEqual([]);
  }, 120_000);

  it('writes', async () => {
    expect(await phases(RUNS, 2)).toEqual([]);
  }, 120_000);

  it('deletions', async () => {
    expect(await phases(RUNS, 3)).toEqual([]);
  }, 60_000);

  it('signing out', async () => {
    expect(await phases(1, 4)).toEqual([]);
  });

  it('every operation was fuzzed', () => {
    const fuzzed = new Set(tallies.keys());
    expect(
      operationsOf(doc)
        .map(keyOf)
        .filter((k) => !fuzzed.has(k)),
    ).toEqual([]);
  });

  it('the serialiser dropped and changed nothing the handlers answered', () => {
    expect([...serialiserLosses].sort()).toEqual([]);
  });

  it('no schema-valid request failed a format or length rule', () => {
    const failures = [...tallies.entries()].flatMap(([key, tally]) => tally.formatFailures.map((f) => `${key}: ${f}`));
    expect(failures).toEqual([]);
  });
});

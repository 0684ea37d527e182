/**
 * `npm run bench -- policy`: how fast the travel policy engine checks a flight result list — 200
 * options against a 10-rule policy (8 of the rules check flights) — side by side with a plain
 * hand-written loop doing the same comparisons on the same options in the same run.
 * See bench/README.md.
 */
import os from 'node:os';
import { compilePolicy } from '../src/modules/policy/engine/compile-policy.ts';
import { evaluateMany } from '../src/modules/policy/engine/evaluate.ts';
import { withLowestFaresInWindow } from '../src/modules/policy/engine/lowest-fare.ts';
import type { Cabin, FlightOption, PolicyVersion, Traveller } from '../src/modules/policy/engine/index.ts';
import { chinaDayNumber, parseInstant } from '../src/platform/time/china-time.ts';
import { fmt, median } from './support/figures.ts';

const OPTIONS = 200;

const policy: PolicyVersion = {
  id: 'pv-bench',
  policyId: 'p-bench',
  version: 3,
  name: '华辰集团差旅标准 2025',
  reasonCodes: [{ code: 'NO_CHEAPER', label: { 'zh-CN': '无更低价航班', en: 'No cheaper flight' } }],
  rules: [
    {
      id: 'cabin-staff',
      kind: 'flight_cabin',
      action: 'require_approval',
      appliesTo: { maxRankLevel: 6 },
      params: { maxCabin: 'economy', longFlight: { aboveMinutes: 240, maxCabin: 'premium_economy' } },
    },
    {
      id: 'cabin-exec',
      kind: 'flight_cabin',
      action: 'require_approval',
      appliesTo: { minRankLevel: 7 },
      params: { maxCabin: 'business' },
    },
    { id: 'discount', kind: 'flight_price_cap', action: 'warn', params: { mode: 'discount_of_full_economy', maxDiscount: 0.7 } },
    { id: 'vs-business', kind: 'flight_price_cap', action: 'require_approval', params: { mode: 'percent_of_business', maxPercent: 0.8 } },
    { id: 'lowest', kind: 'flight_lowest_fare_window', action: 'warn', params: { windowMinutes: 60, toleranceFen: 10_000 } },
    { id: 'advance', kind: 'flight_advance_booking', action: 'warn', params: { minDays: 3 } },
    { id: 'daily', kind: 'trip_daily_budget', action: 'require_approval', params: { maxFenPerDay: 150_000 } },
    { id: 'no-go', kind: 'trip_destinations', action: 'block', params: { mode: 'deny', cities: ['pyongyang'], countries: ['KP', 'AF'] } },
    { id: 'request', kind: 'trip_requires_approved_request', action: 'block', params: { categories: ['flight', 'hotel'] } },
    {
      id: 'hotel',
      kind: 'hotel_nightly_cap',
      action: 'warn',
      params: { bands: [{ tierCapsFen: { tier1: 60_000, new_tier1: 50_000, tier2: 40_000, other: 30_000 } }] },
    },
  ],
};

const traveller: Traveller = {
  employeeId: 'e-1',
  rankCode: 'P5',
  rankLevel: 5,
  departmentId: 'sales-east',
  departmentChain: ['sales-east', 'sales', 'hq'],
};

/** mulberry32: the same "random" result list on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A Beijing → Guangzhou search: 200 fares over two days, mostly economy, as a supplier would list them. */
function resultList(): FlightOption[] {
  const rnd = random(20_250_416);
  const fullEconomy = 202_000;
  const options: FlightOption[] = [];
  for (let i = 0; i < OPTIONS; i++) {
    const r = rnd();
    const cabin: Cabin = r < 0.7 ? 'economy' : r < 0.8 ? 'premium_economy' : r < 0.95 ? 'business' : 'first';
    const businessFareFen = rnd() < 0.8 ? 450_000 + Math.round(rnd() * 20) * 10_000 : null;
    const base = {
      economy: fullEconomy * (0.35 + rnd() * 0.65),
      premium_economy: fullEconomy * (1.2 + rnd() * 0.4),
      business: businessFareFen ?? 520_000,
      first: 800_000 + rnd() * 200_000,
    }[cabin];
    const fareFen = Math.round(base / 1_000) * 1_000;
    const departure = Date.UTC(2025, 3, 15, 22) + Math.floor(rnd() * 2 * 16 * 60) * 60_000; // 06:00–22:00 China time, two days
    const durationMinutes = 185 + Math.floor(rnd() * 70);
    options.push({
      category: 'flight',
      id: `f${i}`,
      flightNo: `CZ${3100 + i}`,
      cabin,
      fareFen,
      fullEconomyFareFen: fullEconomy,
      businessFareFen,
      departureAt: new Date(departure).toISOString(),
      arrivalAt: new Date(departure + durationMinutes * 60_000).toISOString(),
      durationMinutes,
      bookingAt: '2025-04-13T02:00:00.000Z',
      lowestFareInWindowFen: null,
      origin: 'beijing',
      destination: 'guangzhou',
      tripDailyCostFen: Math.round(fareFen / 3) + 80_000,
      matchedApprovedRequest: rnd() < 0.95,
    });
  }
  return withLowestFaresInWindow(options, 60);
}

const CABIN_RANK: Record<Cabin, number> = { economy: 0, premium_economy: 1, business: 2, first: 3 };
const DENIED_CITIES = new Set(['pyongyang']);
const DENIED_COUNTRIES = new Set(['KP', 'AF']);
const OUTCOMES = ['allow', 'warn', 'require_approval', 'block'] as const;

function daysBetween(o: FlightOption): number {
  return chinaDayNumber(parseInstant(o.departureAt)) - chinaDayNumber(parseInstant(o.bookingAt));
}

/**
 * The baseline: the 8 comparisons that apply to this traveller's flights, written out by hand for
 * this one policy — no rule objects, no check records, no explanations. Returns the outcome's severity.
 */
function plainOutcome(o: FlightOption, advanceDays: number = daysBetween(o)): number {
  let worst = 0;
  let warned = false;
  if (CABIN_RANK[o.cabin] > (o.durationMinutes > 240 ? 1 : 0)) worst = worst > 2 ? worst : 2;
  if (!(o.fareFen <= Math.round((o.fullEconomyFareFen * 7_000) / 10_000))) {
    warned = true;
    worst = worst > 1 ? worst : 1;
  }
  if (o.businessFareFen !== null && !(o.fareFen <= Math.round((o.businessFareFen * 8_000) / 10_000))) worst = worst > 2 ? worst : 2;
  if (o.lowestFareInWindowFen !== null && !(o.fareFen <= o.lowestFareInWindowFen + 10_000)) {
    warned = true;
    worst = worst > 1 ? worst : 1;
  }
  if (!(advanceDays >= 3)) {
    warned = true;
    worst = worst > 1 ? worst : 1;
  }
  if (o.tripDailyCostFen !== undefined && !(o.tripDailyCostFen <= 150_000)) worst = worst > 2 ? worst : 2;
  if (DENIED_CITIES.has(o.destinationCity ?? o.destination) || DENIED_COUNTRIES.has(o.destinationCountry ?? 'CN')) worst = 3;
  if (o.matchedApprovedRequest !== true) worst = 3;
  return warned && worst < 3 ? worst + 4 : worst; // + 4: a reason code is needed
}

interface Mode {
  label: string;
  /** One pass over the result list; returns a number so that nothing is optimised away. */
  pass(options: readonly FlightOption[]): number;
}

/** For the strictest baseline: the days in advance worked out before timing, so it reads no dates at all. */
let preParsedDays: number[] = [];

const modes: Mode[] = [
  { label: 'plain loop (baseline)', pass: (list) => list.reduce((sum, o) => sum + plainOutcome(o), 0) },
  {
    label: 'plain loop, dates parsed beforehand',
    pass: (list) => list.reduce((sum, o, i) => sum + plainOutcome(o, preParsedDays[i] ?? 0), 0),
  },
  {
    label: 'engine: decide (outcome only)',
    pass: (list) => {
      const compiled = compilePolicy(policy, traveller);
      return list.reduce((sum, o) => sum + compiled.decide(o).outcome.length, 0);
    },
  },
  {
    label: 'engine: evaluateMany (checks, no text)',
    pass: (list) => evaluateMany(policy, traveller, list).reduce((sum, v) => sum + v.checks.length, 0),
  },
  {
    label: 'engine: evaluate (checks + zh/en text)',
    pass: (list) => {
      const compiled = compilePolicy(policy, traveller);
      return list.reduce((sum, o) => sum + (compiled.evaluate(o).checks[2]?.explanation.en.length ?? 0), 0);
    },
  },
];

function measure(mode: Mode, options: readonly FlightOption[], seconds: number): number {
  let passes = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < seconds * 1_000) {
    sink += mode.pass(options);
    passes++;
    now = performance.now();
  }
  if (sink === -1) console.log('');
  return (passes * options.length) / ((now - start) / 1_000);
}

function positiveEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return Number(raw);
}

export async function run(): Promise<void> {
  const seconds = positiveEnv('BENCH_SECONDS', 2);
  const rounds = positiveEnv('BENCH_RUNS', 5);
  const options = resultList();
  preParsedDays = options.map(daysBetween);
  const compiled = compilePolicy(policy, traveller);
  const rulesPerOption = compiled.liveRuleCount('flight');

  // The engine and the baseline must agree on every option before their speeds mean anything.
  const outcomes = new Map<string, number>();
  for (const o of options) {
    const d = compiled.decide(o);
    const expected = plainOutcome(o);
    const got = OUTCOMES.indexOf(d.outcome) + (d.requiresReasonCode ? 4 : 0);
    if (got !== expected) throw new Error(`option ${o.id}: engine says ${d.outcome}/${d.requiresReasonCode}, the plain loop ${expected}`);
    outcomes.set(d.outcome, (outcomes.get(d.outcome) ?? 0) + 1);
  }

  console.log(
    `node ${process.version} on ${os.platform()}/${os.arch()}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown'})`,
  );
  console.log(
    `load average before the run: ${os
      .loadavg()
      .map((l) => fmt(l, 2))
      .join(' ')} (other work on the machine skews the numbers)`,
  );
  console.log(
    `policy: ${policy.rules.length} rules, ${rulesPerOption} of them checked for this traveller's flights; ${OPTIONS} flight options`,
  );
  console.log(
    `outcomes of the list: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')} (engine and plain loop agree on all ${OPTIONS})`,
  );
  console.log(
    `method: ${fmt(seconds, 1)} s warm-up per mode, then ${rounds} rounds of ${fmt(seconds, 1)} s per mode (modes interleaved), median reported`,
  );

  for (const mode of modes) measure(mode, options, seconds);
  const samples = modes.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) modes.forEach((mode, i) => samples[i]?.push(measure(mode, options, seconds)));

  const rows = modes.map((mode, i) => ({ label: mode.label, perSecond: median(samples[i] ?? []), spread: samples[i] ?? [] }));
  const baseline = rows[0]?.perSecond ?? 0;
  const header = ['', 'options/s', 'rule checks/s', 'slower than plain', 'runs (options/s)'];
  const body = rows.map((r) => [
    r.label,
    fmt(r.perSecond),
    fmt(r.perSecond * rulesPerOption),
    `${fmt(baseline / r.perSecond, 2)}×`,
    `${fmt(Math.min(...r.spread))}–${fmt(Math.max(...r.spread))}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const b of body) console.log(line(b));

  const structured = rows[3];
  const preParsed = rows[1];
  if (structured && preParsed) {
    const ratio = baseline / structured.perSecond;
    const checks = structured.perSecond * rulesPerOption;
    console.log(
      `\ntargets (evaluateMany, structured checks): within 3× of the plain loop: ${fmt(ratio, 2)}× ${ratio <= 3 ? 'met' : 'MISSED'}; above 1M rule checks/s: ${fmt(checks)} ${checks > 1_000_000 ? 'met' : 'MISSED'}`,
    );
    console.log(
      `(against the plain loop with dates parsed beforehand, which skips work the engine does: ${fmt(preParsed.perSecond / structured.perSecond, 2)}×)`,
    );
  }
}

/**
 * The readings of single cells of a past-bookings file. Each answers a value or a problem in
 * English; times without a zone are China time (what a Chinese provider's export holds).
 */
import { resolveCityId } from '../../geo/index.ts';
import { CABINS, CAR_PURPOSES, CAR_SERVICE_LEVELS, SEATS, SLEEPERS, TRAIN_TYPES } from '../../policy/index.ts';
import type { Cabin, CarPurpose, CarServiceLevel, Category, SeatClass, TrainType } from '../../policy/index.ts';

export type Cell<T> = { ok: true; value: T } | { ok: false; code: 'invalid' | 'too_long' | 'unknown_city'; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const bad = (message: string): Cell<never> => ({ ok: false, code: 'invalid', message });

const CHINA_OFFSET_MS = 8 * 3_600_000;
/** Amounts above this (¥10 million) are typing mistakes, not bookings. */
const MAX_FEN = 1_000_000_000;

export function text(max: number): (raw: string) => Cell<string> {
  return (raw) => {
    const value = raw.trim();
    return value.length > max ? { ok: false, code: 'too_long', message: `at most ${max} characters` } : ok(value);
  };
}

/** Yuan with at most two decimals ('1280', '1,280.50', '¥980'), as integer fen. */
export function money(raw: string): Cell<number> {
  const value = raw
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(value)) return bad('an amount in yuan, such as 1280 or 1280.50');
  const [whole = '0', decimals = ''] = value.split('.');
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  return fen > MAX_FEN ? bad('at most ¥10,000,000') : ok(fen);
}

const LOCAL = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function localParts(raw: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } | null {
  const m = LOCAL.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const valid = at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
  return valid && y >= 2000 && y <= 2100 ? { y, mo, d, h, mi, s } : null;
}

/** 'YYYY-MM-DD HH:MM[:SS]' (or with /) in China time, or ISO-8601 with a zone. */
export function instant(raw: string): Cell<Date> {
  const value = raw.trim();
  if (ZONED.test(value)) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? bad('a time such as 2025-03-14 08:30') : ok(new Date(ms));
  }
  const p = localParts(value);
  if (!p) return bad('a time such as 2025-03-14 08:30 (China time)');
  return ok(new Date(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - CHINA_OFFSET_MS));
}

/** A calendar date, as 'YYYY-MM-DD'. */
export function date(raw: string): Cell<string> {
  const p = localParts(raw);
  if (!p || raw.trim().length > 10) return bad('a date such as 2025-03-14');
  return ok(`${p.y}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`);
}

export function city(raw: string): Cell<string> {
  const value = raw.trim();
  const id = value.length > 100 ? null : resolveCityId(value);
  return id === null ? { ok: false, code: 'unknown_city', message: `no city ${value} in the directory` } : ok(id);
}

export function stars(raw: string): Cell<number> {
  const value = raw.trim().replace(/[星级]/g, '');
  const n = Number(value);
  return /^[1-5]$/.test(value) ? ok(n) : bad('stars from 1 to 5');
}

/** A word from a list, by its code or one of its Chinese names. */
function words<T extends string>(codes: readonly T[], zh: Record<string, T>, what: string): (raw: string) => Cell<T> {
  return (raw) => {
    const value = raw.trim();
    const lower = value.toLowerCase();
    const found = codes.find((c) => c.toLowerCase() === lower) ?? zh[value];
    return found === undefined ? bad(`${what}: ${codes.join(', ')} or its Chinese name`) : ok(found);
  };
}

export const category = words<Category>(
  ['flight', 'hotel', 'train', 'car'],
  { 机票: 'flight', 航班: 'flight', 酒店: 'hotel', 住宿: 'hotel', 火车: 'train', 火车票: 'train', 用车: 'car' },
  'category',
);
export const cabin = words<Cabin>(
  CABINS,
  { 经济舱: 'economy', 超级经济舱: 'premium_economy', 公务舱: 'business', 头等舱: 'first' },
  'cabin',
);
export const seatClass = words<SeatClass>(
  [...SEATS, ...SLEEPERS],
  {
    硬座: 'hard_seat',
    二等座: 'second',
    一等座: 'first',
    商务座: 'business',
    硬卧: 'hard_sleeper',
    软卧: 'soft_sleeper',
    高级软卧: 'deluxe_soft_sleeper',
  },
  'seat class',
);
export const carLevel = words<CarServiceLevel>(
  CAR_SERVICE_LEVELS,
  { 经济型: 'economy', 舒适型: 'comfort', 商务型: 'business' },
  'car level',
);
export const carPurpose = words<CarPurpose>(
  CAR_PURPOSES,
  {
    加班: 'overtime',
    接送机: 'airport_transfer',
    接送站: 'station_transfer',
    拜访客户: 'client_visit',
    出差: 'business_trip',
    其他: 'other',
  },
  'car purpose',
);
export const trainType = words<TrainType>(TRAIN_TYPES, {}, 'train type');

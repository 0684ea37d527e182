/**
 * Unique personal numbers for demo people: mainland mobile numbers, resident ID card numbers
 * (valid check digit, birth date and sex consistent with the person) and passport numbers.
 * Pure and deterministic given the random source.
 */
import { REGION_CODES } from './region-codes.ts';
import type { Gender } from './names.ts';
import type { Rng } from './random.ts';
import { idCardCheckDigit } from '../modules/org/index.ts';

/** Mainland mobile number prefixes (China Mobile / Unicom / Telecom). */
const MOBILE_PREFIXES: readonly string[] = [
  '130',
  '131',
  '132',
  '133',
  '134',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '153',
  '155',
  '156',
  '157',
  '158',
  '159',
  '180',
  '181',
  '182',
  '183',
  '184',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '193',
  '195',
  '198',
  '199',
];

/** Uniqueness registries shared by both tenants and the operators. */
export interface Registry {
  names: Set<string>;
  phones: Set<string>;
  idCards: Set<string>;
  passports: Set<string>;
}

export function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function drawPhone(rng: Rng, registry: Registry): string {
  for (;;) {
    const phone = rng.pick(MOBILE_PREFIXES) + pad(rng.int(0, 99_999_999), 8);
    if (!registry.phones.has(phone)) {
      registry.phones.add(phone);
      return phone;
    }
  }
}

export function drawIdCardNo(rng: Rng, registry: Registry, level: number, gender: Gender, referenceYear: number): string {
  for (;;) {
    // Seniority roughly tracks age: juniors 22–28, the CEO in their late forties.
    const age = Math.min(58, 22 + Math.round((level - 1) * 2.5) + rng.int(0, 6));
    const year = referenceYear - age;
    const month = rng.int(1, 12);
    const day = rng.int(1, daysInMonth(year, month));
    // Odd sequence numbers are issued to men, even ones to women.
    const sequence = rng.int(0, 499) * 2 + (gender === 'male' ? 1 : 0);
    const first17 = rng.pick(REGION_CODES) + pad(year, 4) + pad(month, 2) + pad(day, 2) + pad(sequence, 3);
    const idCardNo = first17 + idCardCheckDigit(first17);
    if (!registry.idCards.has(idCardNo)) {
      registry.idCards.add(idCardNo);
      return idCardNo;
    }
  }
}

export function drawPassportNo(rng: Rng, registry: Registry): string {
  for (;;) {
    const passportNo = 'E' + String(rng.int(10_000_000, 99_999_999));
    if (!registry.passports.has(passportNo)) {
      registry.passports.add(passportNo);
      return passportNo;
    }
  }
}

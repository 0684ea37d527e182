import { randomInt } from 'node:crypto';
import { airlineBySupplier } from './network/airlines.ts';

/**
 * Ticket and confirmation numbers as suppliers write them: an airline's 13-digit ticket numbers
 * (999-2345678901 for 国航), 12306's E-numbers, a hotel group's or the car platform's order number.
 * Random (not seeded): they identify one sale, not an offer.
 */
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(0, 10)).join('');

export function ticketNumbers(supplierCode: string, passengers: number): string[] {
  const airline = airlineBySupplier(supplierCode);
  return Array.from({ length: Math.max(1, passengers) }, () => (airline ? `${airline.ticketPrefix}-${digits(10)}` : `E${digits(9)}`));
}

export function confirmationNumber(supplierCode: string): string {
  return `${supplierCode.slice(4, 6).toUpperCase()}${digits(10)}`;
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The supplier's booking reference: 'CA-K7M2QX', a PNR-like code with the supplier's mark. */
export function newBookingRef(supplierCode: string): string {
  const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(0, ALPHABET.length)]).join('');
  return `${supplierCode.slice(4).toUpperCase()}-${code}`;
}

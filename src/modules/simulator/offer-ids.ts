/**
 * Offer ids are self-describing: everything needed to re-derive the offer from the seeded network
 * (supplier category, the product, the date, the class, and the minute it was quoted), so a hold
 * needs no memory of past searches. 'sim:f:CA1501:2025-03-01:Y:m5x0a1' …; characters stay within
 * [A-Za-z0-9._:~-].
 */
const PREFIX = 'sim';

export function encodeOfferId(kind: 'f' | 't' | 'h' | 'c', parts: readonly (string | number)[], issuedAtMs: number): string {
  return [PREFIX, kind, ...parts.map(String), Math.floor(issuedAtMs / 60_000).toString(36)].join(':');
}

export interface ParsedOfferId {
  kind: string;
  parts: string[];
  issuedAtMs: number;
}

export function parseOfferId(offerId: string): ParsedOfferId | null {
  if (offerId.length > 400 || !/^[A-Za-z0-9._:~-]+$/.test(offerId)) return null;
  const all = offerId.split(':');
  const [prefix, kind] = all;
  const issued = all.at(-1);
  if (prefix !== PREFIX || !kind || !issued || all.length < 4 || !/^[0-9a-z]{1,10}$/.test(issued)) return null;
  return { kind, parts: all.slice(2, -1), issuedAtMs: parseInt(issued, 36) * 60_000 };
}

/** Free text (a car's pick-up and drop-off) in an offer id: base64url. */
export const textToId = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
export const idToText = (id: string): string => Buffer.from(id, 'base64url').toString('utf8');

/** How long a quoted offer can be held: half an hour, like most suppliers' fare quotes. */
export const OFFER_VALIDITY_MS = 30 * 60_000;

/**
 * Merging the suppliers' answers: the same product sold by two suppliers (a codeshare, two agents
 * of one airline, a hotel on two channels) is one option, at the cheapest price, with the others
 * noted. Pure.
 */
import { chinaDayNumber, dateOfDayNumber, parseInstant } from '../../../platform/time/china-time.ts';
import type { Offer } from '../../suppliers/index.ts';

/** Another supplier's offer of the same product, dearer (or equal and less favoured). */
export interface AlsoOffered {
  supplierCode: string;
  offerId: string;
  priceFen: number;
}

export interface MergedOffer<O extends Offer = Offer> {
  offer: O;
  alsoOfferedBy: AlsoOffered[];
}

const chinaDate = (iso: string) => dateOfDayNumber(chinaDayNumber(parseInstant(iso)));

/**
 * What makes two offers the same product: a flight by number, China date of departure, cabin and
 * booking class; a train by number, date and seat class; a hotel by hotel, room type, breakfast
 * and stay; a car ride is never merged (each is its own car and driver).
 */
export function productKey(offer: Offer): string | null {
  switch (offer.category) {
    case 'flight':
      return ['F', offer.flightNo.toUpperCase(), chinaDate(offer.departureAt), offer.cabin, offer.bookingClass.toUpperCase()].join('|');
    case 'train':
      return ['T', offer.trainNo.toUpperCase(), chinaDate(offer.departureAt), offer.seatClass].join('|');
    case 'hotel':
      return ['H', offer.hotelId, offer.roomType['zh-CN'], offer.breakfast ? 'B' : '-', offer.checkIn, offer.checkOut].join('|');
    case 'car':
      return null;
  }
}

/**
 * Which of two offers of one product to keep: the cheaper; at the same price the supplier with
 * the higher ranking weight, then the lower supplier code and offer id (so the answer never
 * depends on which supplier answered first).
 */
function better(a: Offer, b: Offer, weight: (code: string) => number): boolean {
  if (a.priceFen !== b.priceFen) return a.priceFen < b.priceFen;
  const wa = weight(a.supplierCode);
  const wb = weight(b.supplierCode);
  if (wa !== wb) return wa > wb;
  if (a.supplierCode !== b.supplierCode) return a.supplierCode < b.supplierCode;
  return a.offerId < b.offerId;
}

/** One option per product, the cheapest kept, the others noted cheapest first; order of first appearance. */
export function mergeOffers<O extends Offer>(offers: readonly O[], weight: (supplierCode: string) => number): MergedOffer<O>[] {
  const byKey = new Map<string, { kept: O; all: O[] }>();
  const out: { key: string | null; offer: O }[] = [];
  for (const offer of offers) {
    const key = productKey(offer);
    if (key === null) {
      out.push({ key: null, offer });
      continue;
    }
    const seen = byKey.get(key);
    if (seen) {
      seen.all.push(offer);
      if (better(offer, seen.kept, weight)) seen.kept = offer;
    } else {
      byKey.set(key, { kept: offer, all: [offer] });
      out.push({ key, offer });
    }
  }
  return out.map(({ key, offer }) => {
    const group = key === null ? undefined : byKey.get(key);
    if (!group) return { offer, alsoOfferedBy: [] };
    const others = group.all
      .filter((o) => o !== group.kept)
      .sort((a, b) => (better(a, b, weight) ? -1 : better(b, a, weight) ? 1 : 0))
      .map((o) => ({ supplierCode: o.supplierCode, offerId: o.offerId, priceFen: o.priceFen }));
    return { offer: group.kept, alsoOfferedBy: others };
  });
}

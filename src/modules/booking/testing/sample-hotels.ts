import type { HotelOffer, HotelQuery, SupplierAdapter } from '../../suppliers/index.ts';

export interface SampleHotel {
  hotelId: string;
  zh: string;
  en: string;
  chain: string;
  brand: string;
  stars: number;
  /** Rate of the standard room a night, in yuan. */
  nightlyYuan: number;
}

/** Hotels of real chains in Shanghai with rates of the kind they ask. */
export const SHANGHAI_HOTELS: readonly SampleHotel[] = [
  {
    hotelId: 'sh-hanting-people-sq',
    zh: '汉庭酒店(上海人民广场店)',
    en: 'Hanting Hotel People’s Square',
    chain: '华住',
    brand: '汉庭',
    stars: 2,
    nightlyYuan: 329,
  },
  {
    hotelId: 'sh-jinjiang-inn-bund',
    zh: '锦江之星(上海外滩店)',
    en: 'Jinjiang Inn The Bund',
    chain: '锦江',
    brand: '锦江之星',
    stars: 3,
    nightlyYuan: 399,
  },
  {
    hotelId: 'sh-atour-jingan',
    zh: '上海静安寺亚朵酒店',
    en: 'Atour Hotel Jing’an Temple',
    chain: '亚朵',
    brand: '亚朵',
    stars: 4,
    nightlyYuan: 688,
  },
  {
    hotelId: 'sh-marriott-hongqiao',
    zh: '上海虹桥万豪酒店',
    en: 'Shanghai Marriott Hotel Hongqiao',
    chain: '万豪',
    brand: '万豪',
    stars: 5,
    nightlyYuan: 1188,
  },
  {
    hotelId: 'sh-hilton-pudong',
    zh: '上海浦东嘉里希尔顿酒店',
    en: 'Hilton Shanghai Pudong',
    chain: '希尔顿',
    brand: '希尔顿',
    stars: 5,
    nightlyYuan: 1399,
  },
];

const ROOMS = [
  { zh: '标准大床房', en: 'Standard king', factor: 1, breakfast: false },
  { zh: '高级双床房(含早)', en: 'Superior twin with breakfast', factor: 1.25, breakfast: true },
];

const notUsed = () => Promise.reject(new Error('not used by search tests'));

export function hotelAdapter(opts: {
  supplierCode: string;
  hotels: readonly SampleHotel[];
  priceFactor?: number;
  failing?: boolean;
}): SupplierAdapter<'hotel'> {
  return {
    supplierCode: opts.supplierCode,
    category: 'hotel',
    async search(query: HotelQuery) {
      if (opts.failing) throw new Error(`${opts.supplierCode}: timed out`);
      const nights = Math.round((Date.parse(query.checkOut) - Date.parse(query.checkIn)) / 86_400_000);
      return opts.hotels.flatMap((h) =>
        ROOMS.map((room): HotelOffer => {
          const nightly = Math.round(h.nightlyYuan * room.factor * (opts.priceFactor ?? 1)) * 100;
          return {
            category: 'hotel',
            supplierCode: opts.supplierCode,
            offerId: `${opts.supplierCode}-${h.hotelId}-${room.breakfast ? 'B' : 'R'}-${query.checkIn}`,
            priceFen: nightly * nights,
            expiresAt: `${query.checkIn}T10:00:00.000Z`,
            terms: { 'zh-CN': '入住前一天18:00前免费取消', en: 'Free cancellation until 18:00 the day before' },
            refundFeeRate: 0,
            changeFeeRate: 0,
            hotelId: h.hotelId,
            hotelName: { 'zh-CN': h.zh, en: h.en },
            chain: h.chain,
            brand: h.brand,
            stars: h.stars,
            cityId: query.cityId,
            address: { 'zh-CN': '上海市', en: 'Shanghai' },
            roomType: { 'zh-CN': room.zh, en: room.en },
            breakfast: room.breakfast,
            checkIn: query.checkIn,
            checkOut: query.checkOut,
            nights,
            nightlyRateFen: nightly,
            roomsLeft: 5,
          };
        }),
      );
    },
    hold: notUsed,
    release: notUsed,
    book: notUsed,
    change: notUsed,
    cancel: notUsed,
    status: notUsed,
  };
}

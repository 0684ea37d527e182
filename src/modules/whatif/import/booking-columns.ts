/** The columns of a past-bookings file, identified by English or Chinese header (the org import's conventions). */
import { headerKey } from '../../org/index.ts';
import type { BookingImportError } from './import-error.ts';

export const bookingColumns = [
  'reference',
  'bookedAt',
  'category',
  'amount',
  'employeeNo',
  'travellerName',
  'rank',
  'departmentCode',
  'supplier',
  'origin',
  'destination',
  'departureAt',
  'arrivalAt',
  'flightNo',
  'cabin',
  'fare',
  'fullEconomyFare',
  'businessFare',
  'lowestFare',
  'trainNo',
  'trainType',
  'seatClass',
  'city',
  'hotelName',
  'nightlyRate',
  'stars',
  'checkIn',
  'checkOut',
  'carLevel',
  'carPurpose',
] as const;

export type BookingColumn = (typeof bookingColumns)[number];

/** Columns every file must have; the category's own facts are checked row by row. */
export const requiredBookingColumns: readonly BookingColumn[] = ['reference', 'bookedAt', 'category', 'amount'];

export const chineseBookingHeader: Record<BookingColumn, string> = {
  reference: '外部单号',
  bookedAt: '预订时间',
  category: '类别',
  amount: '金额',
  employeeNo: '工号',
  travellerName: '出行人',
  rank: '职级',
  departmentCode: '部门编码',
  supplier: '供应商',
  origin: '出发城市',
  destination: '到达城市',
  departureAt: '出发时间',
  arrivalAt: '到达时间',
  flightNo: '航班号',
  cabin: '舱位',
  fare: '票价',
  fullEconomyFare: '经济舱全价',
  businessFare: '公务舱价',
  lowestFare: '前后一小时最低价',
  trainNo: '车次',
  trainType: '车型',
  seatClass: '座席',
  city: '入住城市',
  hotelName: '酒店名称',
  nightlyRate: '每晚房价',
  stars: '星级',
  checkIn: '入住日期',
  checkOut: '离店日期',
  carLevel: '用车等级',
  carPurpose: '用车事由',
};

export const englishBookingHeader: Record<BookingColumn, string> = {
  reference: 'external_reference',
  bookedAt: 'booked_at',
  category: 'category',
  amount: 'amount',
  employeeNo: 'employee_no',
  travellerName: 'traveller_name',
  rank: 'rank',
  departmentCode: 'department_code',
  supplier: 'supplier',
  origin: 'origin',
  destination: 'destination',
  departureAt: 'departure_at',
  arrivalAt: 'arrival_at',
  flightNo: 'flight_no',
  cabin: 'cabin',
  fare: 'fare',
  fullEconomyFare: 'full_economy_fare',
  businessFare: 'business_fare',
  lowestFare: 'lowest_fare_in_window',
  trainNo: 'train_no',
  trainType: 'train_type',
  seatClass: 'seat_class',
  city: 'city',
  hotelName: 'hotel_name',
  nightlyRate: 'nightly_rate',
  stars: 'stars',
  checkIn: 'check_in',
  checkOut: 'check_out',
  carLevel: 'car_level',
  carPurpose: 'car_purpose',
};

const extraAliases: Partial<Record<BookingColumn, string[]>> = {
  reference: ['订单号', '原订单号', 'reference', 'order_no'],
  bookedAt: ['下单时间', '预订日期'],
  amount: ['订单金额', '实付金额', 'amount_yuan'],
  employeeNo: ['员工编号'],
  travellerName: ['乘客', '入住人', '姓名'],
  departmentCode: ['部门代码', '费用归属部门编码'],
  city: ['城市', 'hotel_city'],
  lowestFare: ['窗口最低价', 'lowest_fare'],
  seatClass: ['席别', '座位等级'],
  carPurpose: ['用车目的', 'purpose'],
};

const columnByKey = new Map<string, BookingColumn>(
  bookingColumns.flatMap((c) =>
    [chineseBookingHeader[c], englishBookingHeader[c], c, ...(extraAliases[c] ?? [])].map((h) => [headerKey(h), c] as const),
  ),
);

export interface BookingHeader {
  positions: (BookingColumn | null)[];
  labels: Partial<Record<BookingColumn, string>>;
  errors: BookingImportError[];
}

/** Maps the header row to columns; unknown, repeated and missing required columns are errors on line 1. */
export function mapBookingHeader(header: readonly string[]): BookingHeader {
  const positions: (BookingColumn | null)[] = [];
  const labels: Partial<Record<BookingColumn, string>> = {};
  const errors: BookingImportError[] = [];
  for (const raw of header) {
    const text = raw.trim();
    const column = text === '' ? null : columnByKey.get(headerKey(text));
    if (text === '') positions.push(null);
    else if (column === undefined || column === null) {
      errors.push({ row: 1, column: text, code: 'unknown_column', message: `Unknown column "${text}"` });
      positions.push(null);
    } else if (labels[column] !== undefined) {
      errors.push({ row: 1, column: text, code: 'duplicate_column', message: `Column "${text}" appears twice` });
      positions.push(null);
    } else {
      labels[column] = text;
      positions.push(column);
    }
  }
  for (const column of requiredBookingColumns) {
    if (labels[column] === undefined) {
      const message = `The file needs a ${chineseBookingHeader[column]} (${englishBookingHeader[column]}) column`;
      errors.push({ row: 1, column: chineseBookingHeader[column], code: 'missing_column', message });
    }
  }
  return { positions, labels, errors };
}

import type { CsvRecord } from '../../org/index.ts';
import type { CarOption, Category, FlightOption, HotelOption, TrainOption, TravelOption } from '../../policy/index.ts';
import { chineseBookingHeader, type BookingColumn, type BookingHeader } from './booking-columns.ts';
import * as read from './cells.ts';
import type { BookingImportError } from './import-error.ts';

/** One data row, each cell read on its own; organisation codes are resolved later (plan-bookings.ts). */
export interface BookingRow {
  line: number;
  reference?: string;
  bookedAt?: Date;
  category?: Category;
  amountFen?: number;
  employeeNo: string | null;
  travellerName: string;
  rank: string | null;
  departmentCode: string | null;
  supplier: string;
  /** The option's facts; undefined when a cell it needs is missing or invalid. */
  option?: TravelOption;
  errors: BookingImportError[];
}

const MINUTE = 60_000;

/** Reads one record: general columns, then the facts its category needs (each missing one an error). */
export function readBookingRow(record: CsvRecord, header: BookingHeader): BookingRow {
  const cells = new Map<BookingColumn, string>();
  const errors: BookingImportError[] = [];
  record.cells.forEach((cell, i) => {
    const column = header.positions[i];
    if (column !== undefined && column !== null) cells.set(column, cell);
    else if (i >= header.positions.length && cell.trim() !== '')
      errors.push({ row: record.line, column: null, code: 'extra_cells', message: `Cell ${i + 1} has no column in the header` });
  });
  const label = (c: BookingColumn) => header.labels[c] ?? chineseBookingHeader[c];
  const raw = (c: BookingColumn) => (cells.get(c) ?? '').trim();
  const fail = (c: BookingColumn, code: BookingImportError['code'], message: string) => {
    const value = raw(c);
    errors.push({ row: record.line, column: label(c), code, message, ...(value ? { value } : {}) });
  };
  /** A cell that must be filled. */
  const need = <T>(c: BookingColumn, reader: (s: string) => read.Cell<T>): T | undefined => {
    if (raw(c) === '') {
      fail(c, 'required', `${chineseBookingHeader[c]} is required`);
      return undefined;
    }
    const cell = reader(raw(c));
    if (cell.ok) return cell.value;
    fail(c, cell.code, cell.message);
    return undefined;
  };
  /** A cell that may be empty (null). */
  const may = <T>(c: BookingColumn, reader: (s: string) => read.Cell<T>): T | null | undefined => (raw(c) === '' ? null : need(c, reader));

  const row: BookingRow = {
    line: record.line,
    employeeNo: may('employeeNo', read.text(50)) ?? null,
    travellerName: may('travellerName', read.text(100)) ?? '',
    rank: may('rank', read.text(50)) ?? null,
    departmentCode: may('departmentCode', read.text(50)) ?? null,
    supplier: may('supplier', read.text(100)) ?? '',
    errors,
  };
  row.reference = need('reference', read.text(100));
  row.bookedAt = need('bookedAt', read.instant);
  row.amountFen = need('amount', read.money);
  row.category = need('category', read.category);
  if (row.category !== undefined && row.bookedAt !== undefined) {
    const option = readOption(row.category, row.bookedAt, { need, may, fail });
    if (option !== undefined) row.option = option;
  }
  return row;
}

interface Readers {
  need: <T>(c: BookingColumn, reader: (s: string) => read.Cell<T>) => T | undefined;
  may: <T>(c: BookingColumn, reader: (s: string) => read.Cell<T>) => T | null | undefined;
  fail: (c: BookingColumn, code: BookingImportError['code'], message: string) => void;
}

function readOption(category: Category, bookedAt: Date, r: Readers): TravelOption | undefined {
  switch (category) {
    case 'flight':
      return flight(bookedAt, r);
    case 'hotel':
      return hotel(r);
    case 'train':
      return train(r);
    case 'car':
      return car(r);
  }
}

/** Departure and arrival, the arrival after the departure. */
function journey({
  need,
  fail,
}: Readers): { departure: Date; arrival: Date; minutes: number; origin: string; destination: string } | undefined {
  const origin = need('origin', read.city);
  const destination = need('destination', read.city);
  const departure = need('departureAt', read.instant);
  const arrival = need('arrivalAt', read.instant);
  if (!origin || !destination || !departure || !arrival) return undefined;
  const minutes = Math.round((arrival.getTime() - departure.getTime()) / MINUTE);
  if (minutes > 0) return { departure, arrival, minutes, origin, destination };
  fail('arrivalAt', 'invalid', 'the arrival must be after the departure');
  return undefined;
}

function flight(bookedAt: Date, r: Readers): FlightOption | undefined {
  const { need, may } = r;
  const trip = journey(r);
  const cabin = need('cabin', read.cabin);
  const fareFen = need('fare', read.money);
  const fullEconomyFareFen = need('fullEconomyFare', read.money);
  const businessFareFen = may('businessFare', read.money);
  const lowestFareInWindowFen = may('lowestFare', read.money);
  const flightNo = may('flightNo', read.text(20));
  if (!trip || !cabin || fareFen === undefined || fullEconomyFareFen === undefined) return undefined;
  if (businessFareFen === undefined || lowestFareInWindowFen === undefined || flightNo === undefined) return undefined;
  return {
    category: 'flight',
    ...(flightNo ? { flightNo } : {}),
    cabin,
    fareFen,
    fullEconomyFareFen,
    businessFareFen,
    lowestFareInWindowFen,
    departureAt: trip.departure.toISOString(),
    arrivalAt: trip.arrival.toISOString(),
    durationMinutes: trip.minutes,
    bookingAt: bookedAt.toISOString(),
    origin: trip.origin,
    destination: trip.destination,
  };
}

function hotel({ need, may, fail }: Readers): HotelOption | undefined {
  const cityCode = need('city', read.city);
  const nightlyRateFen = need('nightlyRate', read.money);
  const stars = need('stars', read.stars);
  const checkIn = need('checkIn', read.date);
  const checkOut = need('checkOut', read.date);
  const hotelName = may('hotelName', read.text(100));
  if (checkIn && checkOut && checkOut <= checkIn) {
    fail('checkOut', 'invalid', 'the check-out date must be after the check-in date');
    return undefined;
  }
  if (!cityCode || nightlyRateFen === undefined || !stars || !checkIn || !checkOut || hotelName === undefined) return undefined;
  return { category: 'hotel', ...(hotelName ? { hotelName } : {}), cityCode, nightlyRateFen, stars, checkIn, checkOut };
}

/** China-time calendar day of an instant, to tell an overnight journey. */
const chinaDay = (at: Date) => Math.floor((at.getTime() + 8 * 3_600_000) / 86_400_000);

function train(r: Readers): TrainOption | undefined {
  const { need, may } = r;
  const trip = journey(r);
  const seatClass = need('seatClass', read.seatClass);
  const fareFen = need('fare', read.money);
  const trainNo = may('trainNo', read.text(20));
  const given = may('trainType', read.trainType);
  // The type is the train number's letter (G1234 → G) unless the file says otherwise.
  const fromNo = trainNo ? read.trainType(trainNo.charAt(0)) : null;
  const trainType = given ?? (fromNo?.ok ? fromNo.value : undefined);
  if (given === null && !fromNo?.ok) need('trainType', read.trainType);
  if (!trip || !seatClass || fareFen === undefined || trainNo === undefined || !trainType) return undefined;
  return {
    category: 'train',
    ...(trainNo ? { trainNo } : {}),
    trainType,
    seatClass,
    fareFen,
    departureAt: trip.departure.toISOString(),
    durationMinutes: trip.minutes,
    overnight: chinaDay(trip.arrival) > chinaDay(trip.departure),
    origin: trip.origin,
    destination: trip.destination,
  };
}

function car({ need, may }: Readers): CarOption | undefined {
  const serviceLevel = need('carLevel', read.carLevel);
  const estimatedFareFen = need('fare', read.money);
  const pickup = need('departureAt', read.instant);
  const purpose = may('carPurpose', read.carPurpose);
  const destination = may('destination', read.city);
  if (!serviceLevel || estimatedFareFen === undefined || !pickup || purpose === undefined || destination === undefined) return undefined;
  return {
    category: 'car',
    serviceLevel,
    estimatedFareFen,
    pickupAt: pickup.toISOString(),
    purpose: purpose ?? 'business_trip',
    ...(destination ? { destinationCity: destination } : {}),
  };
}

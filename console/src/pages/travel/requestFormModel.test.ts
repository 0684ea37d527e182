import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TravelRequestCreateBody } from '../../../../src/modules/travel/routes/travel-schemas.ts';
import type { TravelRequest } from '../../api/types';
import { localDate } from '../../lib/dates';
import { schemaErrors } from '../../testing/schema';
import {
  EMPTY_ESTIMATE,
  checkForm,
  emptyRequest,
  estimateTotal,
  firstDepartDate,
  newLeg,
  toWrite,
  valuesFromRequest,
  type RequestFormValues,
} from './requestFormModel';

// The city list names cities in the current language, which in a test is the stand-in's.
vi.mock('../../i18n', async () => (await import('../../testing/language')).i18nModule);

const BASE: TravelRequest = {
  id: '01a25091-448b-712b-9d39-1c0f2b6b0b01',
  code: 'TR2026050100001',
  purpose: '拜访客户',
  status: 'draft',
  requesterId: '01a25091-448b-712b-9d39-1c0f2b6b0b02',
  requesterName: '张三',
  travellerNames: ['张三'],
  firstDepartDate: '2026-05-10',
  destinations: ['beijing'],
  estimatedTotalFen: 300000,
  createdAt: '2026-05-01T00:00:00.000Z',
  submittedAt: null,
  currentApprovers: [],
  travellers: [{ employeeId: '01a25091-448b-712b-9d39-1c0f2b6b0b02', name: '张三', departmentName: '销售部' }],
  itinerary: [{ fromCity: 'shanghai', toCity: 'beijing', departDate: '2026-05-10', returnDate: '2026-05-12' }],
  estimate: { flight: 160000, hotel: 100000, train: 0, car: 0, other: 40000 },
  projectId: null,
  projectName: null,
  costCentreId: null,
  costCentreName: null,
  costBearer: 'traveller_department',
  costShares: [],
  budgetCheck: null,
  overBudgetReason: null,
  policyCheck: null,
  policyReason: null,
  approval: null,
  changes: [],
  timeline: [],
};

const uuid = fc.uuid({ version: 7 });
// City ids of the geo directory (the form stores whatever the picker gives).
const city = fc.constantFrom('beijing', 'shanghai', 'guangzhou', 'shenzhen', 'chengdu', 'xian', 'taizhou_zj', 'lasa');
const day = fc.date({ min: new Date(2026, 0, 1), max: new Date(2027, 11, 31), noInvalidDate: true }).map(localDate);
const leg = fc.record({ fromCity: city, toCity: city, departDate: day, returnDate: fc.option(day, { nil: null }) });
const amount = fc.integer({ min: 0, max: 10_000_000 });
/** The parts of a stored request that the form edits. */
const editable = fc.record({
  purpose: fc
    .string({ minLength: 1, maxLength: 40 })
    .map((s) => s.trim())
    .filter(Boolean),
  travellers: fc.uniqueArray(
    fc.record({ employeeId: uuid, name: fc.string({ minLength: 1, maxLength: 8 }), departmentName: fc.string({ maxLength: 8 }) }),
    { minLength: 1, maxLength: 4, selector: (t) => t.employeeId },
  ),
  itinerary: fc.array(leg, { minLength: 1, maxLength: 4 }),
  estimate: fc.record({ flight: amount, hotel: amount, train: amount, car: amount, other: amount }),
  projectId: fc.option(uuid, { nil: null }),
  costCentreId: fc.option(uuid, { nil: null }),
  costBearer: fc.constantFrom('traveller_department' as const, 'cost_centre' as const, 'project' as const),
});

afterEach(() => {
  vi.useRealTimers();
});

describe('travel request form ↔ API', () => {
  it('a stored request, read into the form and written back, is the same request', () => {
    fc.assert(
      fc.property(editable, (fields) => {
        const request: TravelRequest = { ...BASE, ...fields };
        expect(toWrite(valuesFromRequest(request))).toEqual({
          purpose: fields.purpose,
          travellerIds: fields.travellers.map((t) => t.employeeId),
          itinerary: fields.itinerary.map((l) => ({ ...l, returnDate: l.returnDate ?? null })),
          estimate: fields.estimate,
          ...(fields.projectId ? { projectId: fields.projectId } : {}),
          ...(fields.costCentreId ? { costCentreId: fields.costCentreId } : {}),
          costBearer: fields.costBearer,
        });
      }),
    );
  });

  it('writes what the server accepts', () => {
    fc.assert(
      fc.property(editable, (fields) => {
        expect(schemaErrors(TravelRequestCreateBody, toWrite(valuesFromRequest({ ...BASE, ...fields })))).toEqual([]);
      }),
    );
  });

  it('trims the purpose, sends empty estimates as 0 and leaves out no project', () => {
    const values: RequestFormValues = {
      ...emptyRequest({ id: BASE.requesterId, name: '张三' }),
      purpose: '  拜访客户  ',
      estimate: { ...EMPTY_ESTIMATE, hotel: 50000 },
    };
    const body = toWrite(values);
    expect(body.purpose).toBe('拜访客户');
    expect(body.travellerIds).toEqual([BASE.requesterId]);
    expect(body.estimate).toEqual({ flight: 0, hotel: 50000, train: 0, car: 0, other: 0 });
    expect(body).not.toHaveProperty('projectId');
    expect(body).not.toHaveProperty('costCentreId');
    expect(body.costBearer).toBe('traveller_department');
    expect(body.itinerary[0]?.returnDate).toBeNull();
  });
});

describe('travel request form: what it checks before the server does', () => {
  const ok: RequestFormValues = { ...valuesFromRequest(BASE) };

  it('finds nothing wrong with a complete request', () => {
    const problems = checkForm(ok);
    expect(problems).toEqual({ legs: new Map() });
  });

  it('asks for a purpose, a traveller and an estimate', () => {
    const problems = checkForm({ ...ok, purpose: '   ', travellers: [], estimate: { ...EMPTY_ESTIMATE } });
    expect(problems.purpose).toBe(true);
    expect(problems.travellers).toBe(true);
    expect(problems.estimate).toBe(true);
  });

  it('a cost centre or project bearer needs one chosen', () => {
    expect(checkForm({ ...ok, costBearer: 'cost_centre' }).bearer).toBe('needsCostCentre');
    expect(checkForm({ ...ok, costBearer: 'project' }).bearer).toBe('needsProject');
    expect(checkForm({ ...ok, costBearer: 'project', projectId: BASE.id }).bearer).toBeUndefined();
  });

  it('names each leg’s problems: missing cities and date, the same city twice, a return before the departure', () => {
    const blank = newLeg({ departDate: '' });
    const same = newLeg({ fromCity: 'beijing', toCity: 'beijing', departDate: '2026-05-10' });
    const backwards = newLeg({ fromCity: 'beijing', toCity: 'shanghai', departDate: '2026-05-10', returnDate: '2026-05-09' });
    const sameDay = newLeg({ fromCity: 'beijing', toCity: 'shanghai', departDate: '2026-05-10', returnDate: '2026-05-10' });
    const { legs } = checkForm({ ...ok, legs: [blank, same, backwards, sameDay] });
    expect(legs.get(blank.key)).toEqual(['fromCity', 'toCity', 'departDate']);
    expect(legs.get(same.key)).toEqual(['sameCity']);
    expect(legs.get(backwards.key)).toEqual(['returnDate']);
    expect(legs.has(sameDay.key)).toBe(false);
  });
});

describe('travel request form: helpers', () => {
  it('adds up the estimate, empty categories as nothing', () => {
    expect(estimateTotal({ ...EMPTY_ESTIMATE })).toBe(0);
    expect(estimateTotal({ flight: 160000, hotel: null, train: 5, car: null, other: 40000 })).toBe(200005);
  });

  it('takes the earliest departure for the budget period', () => {
    const legs = [newLeg({ departDate: '2026-06-02' }), newLeg({ departDate: '' }), newLeg({ departDate: '2026-05-30' })];
    expect(firstDepartDate(legs)).toBe('2026-05-30');
    expect(firstDepartDate([newLeg({ departDate: '' })])).toBe('');
  });

  it('starts a new leg a week from today, with a key of its own', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 0, 28, 10, 0));
    const a = newLeg();
    const b = newLeg();
    expect(a.departDate).toBe('2026-02-04');
    expect(a.key).not.toBe(b.key);
    expect(emptyRequest(null).travellers).toEqual([]);
  });
});

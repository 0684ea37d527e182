import { Type } from '@sinclair/typebox';
import { AppError } from '../../platform/errors/app-error.ts';
import { errorResponses, LocalDate, Timestamp } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { actorOfRequest } from '../access/index.ts';
import { COMMAND_KINDS, CommandTargetError } from './commands.ts';
import type { Simulator } from './create-simulator.ts';
import { auditSimulatorAction, SIMULATOR_ACTIONS } from './operator-audit.ts';
import { FAULT_KINDS, MAX_LATENCY_MS } from './settings.ts';

type SimulatorAction = (typeof SIMULATOR_ACTIONS)[keyof typeof SIMULATOR_ACTIONS];

const Rate = Type.Number({ minimum: 0, maximum: 1, description: 'Share of bookings (0–1) the fault happens to' });
const Settings = Type.Object(
  {
    enabled: Type.Boolean({ description: 'Off: every simulated supplier answers UNAVAILABLE' }),
    latencyMs: Type.Integer({ minimum: 0, maximum: MAX_LATENCY_MS, description: 'From book to the ticketed / confirmed event' }),
    rates: Type.Object(Object.fromEntries(FAULT_KINDS.map((k) => [k, Rate])) as Record<(typeof FAULT_KINDS)[number], typeof Rate>, {
      additionalProperties: false,
    }),
  },
  { additionalProperties: false },
);

const Ref = (description: string) => Type.String({ pattern: '^[A-Za-z0-9._:-]{1,100}$', description });
const Command = Type.Object(
  {
    kind: Type.Union(
      COMMAND_KINDS.map((k) => Type.Literal(k)),
      { description: 'What the supplier does now' },
    ),
    orderRef: Type.Optional(Type.String({ pattern: '^[A-Z0-9-]{4,40}$', description: 'Every live booking of our order' })),
    bookingRef: Type.Optional(Ref('One booking, by the supplier’s reference')),
    flightNo: Type.Optional(Type.String({ pattern: '^[A-Z0-9]{2}\\d{1,4}$', description: 'With date: everyone on the flight' })),
    trainNo: Type.Optional(Type.String({ pattern: '^[GDCZTK]\\d{1,4}$', description: 'With date: everyone on the train' })),
    date: Type.Optional(LocalDate('Departure date (China time) of flightNo or trainNo')),
    hotelId: Type.Optional(Ref('Every live booking at the hotel')),
    delayMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 1440 })),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
  },
  { additionalProperties: false },
);

const Outcome = Type.Object({
  bookingRef: Type.String(),
  orderRef: Type.String(),
  events: Type.Array(Type.String()),
  skipped: Type.Union([Type.String(), Type.Null()]),
});

const BookingView = Type.Object({
  id: Type.String(),
  supplierCode: Type.String(),
  category: Type.String(),
  orderRef: Type.String(),
  bookingRef: Type.Union([Type.String(), Type.Null()]),
  parentBookingRef: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  serviceState: Type.Union([Type.String(), Type.Null()]),
  confirmation: Type.Union([Type.String(), Type.Null()]),
  priceFen: Type.Integer(),
  summary: Type.String(),
  createdAt: Timestamp,
  events: Type.Array(
    Type.Object({
      eventId: Type.String(),
      type: Type.String(),
      dueAt: Timestamp,
      deliveredAt: Type.Union([Timestamp, Type.Null()]),
      attempts: Type.Integer(),
      lastError: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

const tags = ['simulator'];

/** The operator API of the simulator (permission simulator.control): fault settings, commands, recent bookings. */
export function simulatorRoutes(app: App, { database }: AppDeps, simulator: Simulator): void {
  const audit = (req: Parameters<typeof actorOfRequest>[0], action: SimulatorAction, summary: string, data: Record<string, unknown>) =>
    auditSimulatorAction(database.db, actorOfRequest(req), action, summary, data);

  app.get(
    '/api/v1/simulator/settings',
    {
      config: { access: 'simulator.control' },
      schema: {
        operationId: 'getSimulatorSettings',
        tags,
        summary: 'The simulator’s settings: on/off, latency and fault rates',
        response: { 200: Settings, ...errorResponses },
      },
    },
    async () => simulator.settings(),
  );

  app.put(
    '/api/v1/simulator/settings',
    {
      config: { access: 'simulator.control' },
      schema: {
        operationId: 'putSimulatorSettings',
        tags,
        summary: 'Set the simulator’s settings (kept until the server restarts)',
        body: Settings,
        response: { 200: Settings, ...errorResponses },
      },
    },
    async (req) => {
      const settings = simulator.updateSettings(req.body);
      await audit(req, SIMULATOR_ACTIONS.settings, `Simulator ${settings.enabled ? 'on' : 'off'}, latency ${settings.latencyMs} ms`, {
        ...settings,
      });
      return settings;
    },
  );

  app.post(
    '/api/v1/simulator/commands',
    {
      config: { access: 'simulator.control' },
      schema: {
        operationId: 'runSimulatorCommand',
        tags,
        summary: 'Make the simulated suppliers act now on the bookings named',
        description:
          'Name the bookings by orderRef, bookingRef, flightNo or trainNo with date, or hotelId. Bookings in the wrong state are listed as skipped.',
        body: Command,
        response: { 200: Type.Object({ items: Type.Array(Outcome) }), ...errorResponses },
      },
    },
    async (req) => {
      try {
        const items = await simulator.command(req.body);
        await audit(
          req,
          SIMULATOR_ACTIONS.command,
          `Simulator command ${req.body.kind}: ${items.filter((i) => !i.skipped).length} booking(s)`,
          {
            ...req.body,
          },
        );
        return { items };
      } catch (err) {
        if (err instanceof CommandTargetError)
          throw new AppError('VALIDATION_FAILED', err.message, { errors: [{ path: '/', message: err.message }] });
        throw err;
      }
    },
  );

  app.get(
    '/api/v1/simulator/bookings',
    {
      config: { access: 'simulator.control' },
      schema: {
        operationId: 'listSimulatorBookings',
        tags,
        summary: 'The simulator’s recent bookings, newest first, with their events',
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(BookingView) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await simulator.recentBookings(req.query.limit ?? 50) }),
  );
}

/**
 * The simulator (模拟供应商网络): a built-in network of simulated suppliers — six airlines, a 12306
 * rail agent, six hotel groups and a car service — seeded and deterministic, behind the same adapter
 * contract as real suppliers, pushing signed events to the ingestion endpoint through an outbox.
 * See README.md.
 */
export { SIMULATED_SUPPLIERS, isSimulatedSupplier, type SimulatedSupplier } from './suppliers.ts';
export { createSimulator, type Simulator, type SimulatorOptions } from './create-simulator.ts';
export { simulatorRoutes } from './routes.ts';
export { httpEventSink, type HttpEventSinkOptions } from './http-sink.ts';
export { backoffMs, type DeliveryReport, type EventSink } from './outbox.ts';
export { COMMAND_KINDS, type CommandKind, type CommandOutcome, type SimulatorCommand } from './commands.ts';
export { DEFAULT_SETTINGS, FAULT_KINDS, NO_FAULTS, settingsFromEnv, type FaultKind, type SimulatorSettings } from './settings.ts';
export type { SimulatedBookingView } from './list-bookings.ts';
export { simulatorBookings, simulatorOutbox } from './schema.ts';

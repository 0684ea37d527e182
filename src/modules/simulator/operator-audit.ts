import type { Db } from '../../platform/db/database.ts';
import { inSystemScope } from '../../platform/db/scope.ts';
import type { Actor } from '../access/index.ts';
import { appendAudit, PLATFORM_TENANT } from '../audit/index.ts';

/** What an operator does to the simulator, as the platform's audit log names it. */
export const SIMULATOR_ACTIONS = {
  settings: 'simulator.settings_changed',
  command: 'simulator.command',
} as const;

/** One operator action on the simulator, on the platform's audit chain (the simulator belongs to no tenant). */
export function auditSimulatorAction(
  db: Db,
  actor: Actor,
  action: (typeof SIMULATOR_ACTIONS)[keyof typeof SIMULATOR_ACTIONS],
  summary: string,
  data: Record<string, unknown>,
): Promise<void> {
  return inSystemScope(db, async (tx) => {
    await appendAudit(tx, { tenantId: PLATFORM_TENANT, actor, action, entityType: 'simulator', entityId: null, summary, data });
  });
}

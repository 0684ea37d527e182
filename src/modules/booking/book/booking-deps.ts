import type { Db } from '../../../platform/db/database.ts';
import type { Actor } from '../../access/index.ts';
import type { ApprovalDeps } from '../../approval/index.ts';
import type { OrderChangeHook } from '../../orders/index.ts';
import type { SupplierGateway } from '../../suppliers/index.ts';

/** What booking needs from the composition root: the database, the supplier gateway, the approval services and who hears of order changes. */
export interface BookingDeps {
  db: Db;
  gateway: SupplierGateway;
  approvals: ApprovalDeps;
  onOrderChange?: OrderChangeHook;
}

/** Who books: the actor for the audit log, and what they may do (see BookingCaller). */
export interface Booker {
  tenantId: string;
  actor: Actor;
  employeeId: string | null;
  canBookSelf: boolean;
  canBookOthers: boolean;
  /** Support (order.manage): may cancel, refund and change any order of the tenant. */
  canManage: boolean;
}

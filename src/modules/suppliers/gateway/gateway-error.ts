import { AppError } from '../../../platform/errors/app-error.ts';
import type { SupplierErrorCode } from '../adapter-types.ts';

/**
 * Why a call through the gateway did not succeed. TIMEOUT, CIRCUIT_OPEN and ERROR (the supplier
 * failing, retries exhausted) are the supplier's trouble: SUPPLIER_UNAVAILABLE, 503. REFUSED is the
 * supplier's answer (sold out, offer expired, not changeable …): SUPPLIER_REFUSED, 409, with its code.
 * SUSPENDED and UNKNOWN_SUPPLIER: the registry does not let it be called.
 */
export type GatewayFailureReason = 'TIMEOUT' | 'CIRCUIT_OPEN' | 'ERROR' | 'REFUSED' | 'SUSPENDED' | 'UNKNOWN_SUPPLIER';

/** An AppError (so HTTP maps it) that also says which supplier and why, for booking's compensations. */
export class GatewayError extends AppError {
  readonly supplierCode: string;
  readonly reason: GatewayFailureReason;
  /** The supplier's own code when it answered with a SupplierError. */
  readonly supplierError: SupplierErrorCode | null;

  constructor(supplierCode: string, reason: GatewayFailureReason, message: string, supplierError: SupplierErrorCode | null = null) {
    const code =
      reason === 'REFUSED'
        ? 'SUPPLIER_REFUSED'
        : reason === 'SUSPENDED'
          ? 'SUPPLIER_SUSPENDED'
          : reason === 'UNKNOWN_SUPPLIER'
            ? 'NOT_FOUND'
            : 'SUPPLIER_UNAVAILABLE';
    super(code, message, { supplierCode, reason, ...(supplierError ? { supplierError } : {}) });
    this.name = 'GatewayError';
    this.supplierCode = supplierCode;
    this.reason = reason;
    this.supplierError = supplierError;
  }
}

/**
 * Suppliers (供应商): the registry (suppliers, categories, credentials, signing keys with rotation,
 * contacts, status, ranking weight), the adapter contract per category, the gateway every call
 * goes through, and the signing of supplier events.
 */
export * from './adapter-types.ts';
export type { SearchOutcome, SupplierFailure, SupplierGateway } from './gateway-types.ts';
export { SUPPLIER_EVENT_TYPES, SupplierEventSchema, type SupplierEvent, type SupplierEventType } from './supplier-event.ts';
export {
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  SUPPLIER_HEADER,
  TIMESTAMP_HEADER,
  signatureHeader,
  signatureOf,
  verifySignature,
  type SignatureCheck,
} from './signing.ts';

// The registry.
export { supplierRoutes } from './routes.ts';
export { createSupplier, getSupplier, insertSupplier, listSuppliers, updateSupplier } from './suppliers.ts';
export { changeSupplierStatus } from './supplier-status.ts';
export {
  DEFAULT_OVERLAP_HOURS,
  listSigningKeys,
  revokeSigningKey,
  rotateSigningKey,
  simulatorSecretOf,
  type Rotated,
} from './supplier-keys.ts';
export { forgetSigningSecrets, SIGNING_CACHE_TTL_MS, signingSecretsOf, type SigningSecrets } from './signing-secrets.ts';
export { seedSuppliers, type SeedSupplier } from './seed-suppliers.ts';
export { summariseCalls } from './call-summary.ts';
export { createCallLog, type CallLog, type CallLogOptions, type CallRecord, type CallSink, type SupplierLogger } from './call-log.ts';
export { supplierStatuses, type SupplierStatus, type SupplierAdapterKind, type SupplierContact } from './schema.ts';
export type { CreateSupplierInput, SupplierKeyView, SupplierListItem, SupplierView, UpdateSupplierInput } from './supplier-schemas.ts';
// The gateway.
export { createSupplierGateway, type GatewayDeps } from './gateway/create-gateway.ts';
export { staticDirectory, supplierDirectoryOf, type SupplierDirectory, type SupplierState } from './gateway/directory.ts';
export { GatewayError, type GatewayFailureReason } from './gateway/gateway-error.ts';
export type { GatewayOptions } from './gateway/supplier-policies.ts';

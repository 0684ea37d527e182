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

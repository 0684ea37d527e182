/**
 * Audit (审计日志): the append-only, hash-chained log every state change writes to in its own
 * transaction, its reading and its verification.
 */
export { appendAudit, type AuditEvent } from './append-audit.ts';
export { PLATFORM_TENANT } from './hash.ts';
export { verifyAuditChain, type BrokenLink, type ChainReport } from './verify-audit-chain.ts';
export { auditRoutes } from './routes.ts';
export { type AuditLabeller, type AuditLabellers } from './list-audit.ts';
export { auditSentence, auditSentences, type SentenceTable } from './sentences/index.ts';

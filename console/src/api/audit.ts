import { api } from './client';
import type { AuditEntry, AuditVerifyResult, Page } from './types';

export const auditApi = {
  list: (cursor: string | null, limit = 50) => api.get<Page<AuditEntry>>('/audit-log', { query: { cursor, limit } }),
  verify: () => api.get<AuditVerifyResult>('/audit-log/verify'),
};

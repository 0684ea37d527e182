import { answer, client } from './client';

export interface AuditFilters {
  actor?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
}

export type AuditLang = 'zh-CN' | 'en';

const query = (filters: AuditFilters, lang: AuditLang) => ({
  actor: filters.actor || undefined,
  action: filters.action || undefined,
  entityType: filters.entityType || undefined,
  from: filters.from || undefined,
  to: filters.to || undefined,
  lang,
});

export const auditApi = {
  list: (cursor: string | null, limit = 50, filters: AuditFilters = {}, lang: AuditLang = 'zh-CN') =>
    answer(client.GET('/api/v1/audit-log', { params: { query: { cursor: cursor ?? undefined, limit, ...query(filters, lang) } } })),
  verify: () => answer(client.GET('/api/v1/audit-log/verify')),
  /** The CSV export of the filtered log: a plain link, so the browser downloads it with the session cookie. */
  exportUrl: (filters: AuditFilters, lang: AuditLang) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query(filters, lang))) if (v) params.set(k, v);
    return `/api/v1/audit-log/export?${params.toString()}`;
  },
};

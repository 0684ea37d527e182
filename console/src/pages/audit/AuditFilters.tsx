import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../../api/audit';

/** Families of actions a reader filters by (action prefix + '.*'). */
export const ACTION_FAMILIES = [
  'auth',
  'api_key',
  'tenant',
  'employee',
  'department',
  'cost_centre',
  'project',
  'rank',
  'org',
  'policy',
  'budget',
  'travel_request',
  'approval',
  'approval_flow',
  'approval_delegation',
] as const;

export const ENTITY_TYPES = [
  'account',
  'api_key',
  'tenant',
  'employee',
  'department',
  'cost_centre',
  'project',
  'rank',
  'organisation',
  'policy',
  'budget',
  'travel_request',
  'approval_flow',
  'approval_delegation',
] as const;

/** Filters of the audit log: actor, kind of event, entity type and a date range (China dates). */
export function AuditFilterBar({ value, onChange }: { value: AuditFilters; onChange: (next: AuditFilters) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilters>) => onChange({ ...value, ...patch });
  return (
    <div className="toolbar audit-filters" data-testid="audit-filters">
      <label>
        <span>{t('audit.filters.actor')}</span>
        <input
          type="search"
          value={value.actor ?? ''}
          placeholder={t('audit.filters.actorPlaceholder')}
          onChange={(e) => set({ actor: e.target.value })}
          data-testid="audit-filter-actor"
        />
      </label>
      <label>
        <span>{t('audit.filters.action')}</span>
        <select value={value.action ?? ''} onChange={(e) => set({ action: e.target.value })} data-testid="audit-filter-action">
          <option value="">{t('audit.filters.any')}</option>
          {ACTION_FAMILIES.map((f) => (
            <option key={f} value={`${f}.*`}>
              {t(`audit.families.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('audit.filters.entity')}</span>
        <select value={value.entityType ?? ''} onChange={(e) => set({ entityType: e.target.value })} data-testid="audit-filter-entity">
          <option value="">{t('audit.filters.any')}</option>
          {ENTITY_TYPES.map((e) => (
            <option key={e} value={e}>
              {t(`audit.entityTypes.${e}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('audit.filters.from')}</span>
        <input type="date" value={value.from ?? ''} onChange={(e) => set({ from: e.target.value })} data-testid="audit-filter-from" />
      </label>
      <label>
        <span>{t('audit.filters.to')}</span>
        <input type="date" value={value.to ?? ''} onChange={(e) => set({ to: e.target.value })} data-testid="audit-filter-to" />
      </label>
    </div>
  );
}

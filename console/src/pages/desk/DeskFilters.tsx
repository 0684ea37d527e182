import { useTranslation } from 'react-i18next';
import type { TenantRef } from '../../api/types';
import { tenantName } from '../../lib/tenantName';
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketCategory,
  type TicketPriority,
  type TicketStatus,
} from '../tickets/ticketsApi';

/** The desk's filters as the URL holds them ('' for none). */
export interface DeskFilterState {
  status: TicketStatus | '';
  category: TicketCategory | '';
  priority: TicketPriority | '';
  /** One enterprise's id, or '' for every enterprise the agent serves. */
  enterprise: string;
}

export const DESK_FILTERS = ['status', 'category', 'priority', 'enterprise'] as const satisfies readonly (keyof DeskFilterState)[];

const pick = <T extends string>(values: readonly T[], raw: string | null): T | '' =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : '';

/** Reads the filters from the URL; a value that is not one of ours reads as no filter. */
export function deskFiltersOf(params: URLSearchParams, enterprises: readonly TenantRef[]): DeskFilterState {
  return {
    status: pick(TICKET_STATUSES, params.get('status')),
    category: pick(TICKET_CATEGORIES, params.get('category')),
    priority: pick(TICKET_PRIORITIES, params.get('priority')),
    enterprise: pick(
      enterprises.map((e) => e.id),
      params.get('enterprise'),
    ),
  };
}

interface DeskFiltersProps {
  value: DeskFilterState;
  onChange: (name: keyof DeskFilterState, value: string) => void;
  search: string;
  onSearch: (text: string) => void;
  enterprises: readonly TenantRef[];
  onClear: () => void;
}

/** Search (a ticket number or words of the subject), status, category, priority and — serving several — enterprise. */
export function DeskFilters({ value, onChange, search, onSearch, enterprises, onClear }: DeskFiltersProps) {
  const { t } = useTranslation();
  const any = search !== '' || Object.values(value).some((v) => v !== '');
  return (
    <div className="toolbar audit-filters" data-testid="desk-filters">
      <label>
        <span>{t('desk.filters.search')}</span>
        <input
          type="search"
          className="desk-search"
          value={search}
          placeholder={t('desk.filters.searchPlaceholder')}
          onChange={(e) => onSearch(e.target.value)}
          data-testid="desk-search"
        />
      </label>
      <label>
        <span>{t('desk.filters.status')}</span>
        <select value={value.status} onChange={(e) => onChange('status', e.target.value)} data-testid="desk-filter-status">
          <option value="">{t('desk.filters.allStatuses')}</option>
          {TICKET_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`tickets.statusName.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('desk.filters.category')}</span>
        <select value={value.category} onChange={(e) => onChange('category', e.target.value)} data-testid="desk-filter-category">
          <option value="">{t('desk.filters.allCategories')}</option>
          {TICKET_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`tickets.categoryName.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('desk.filters.priority')}</span>
        <select value={value.priority} onChange={(e) => onChange('priority', e.target.value)} data-testid="desk-filter-priority">
          <option value="">{t('desk.filters.allPriorities')}</option>
          {TICKET_PRIORITIES.map((p) => (
            <option key={p} value={p}>
              {t(`tickets.priorityName.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {enterprises.length > 1 ? (
        <label>
          <span>{t('desk.filters.enterprise')}</span>
          <select value={value.enterprise} onChange={(e) => onChange('enterprise', e.target.value)} data-testid="desk-filter-enterprise">
            <option value="">{t('desk.filters.allEnterprises')}</option>
            {enterprises.map((e) => (
              <option key={e.id} value={e.id}>
                {tenantName(e)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {any ? (
        <button type="button" className="btn btn-link" onClick={onClear} data-testid="desk-filters-clear">
          {t('desk.filters.clear')}
        </button>
      ) : null}
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchAnswer, SearchOption } from '../../api/booking';
import { Notice } from '../../components/Notice';
import { Tabs } from '../../components/Tabs';
import { formatFen } from '../../lib/money';
import { OptionEssentials } from './OptionEssentials';
import { PolicyMarksView } from './PolicyMarksView';

interface OptionListProps {
  answer: SearchAnswer;
  /** The options to list (the answer's, or a part of them: a change keeps the order's supplier). */
  options?: SearchOption[];
  /** The action of a bookable option (预订 / 改为此项); none: the list only shows. */
  action?: (option: SearchOption) => ReactNode;
  testId?: string;
  /** Shown instead of the plain "nothing to book" when the list is empty. */
  emptyText?: string;
}

type Filter = 'all' | 'compliant' | 'over';
const FILTERS: Filter[] = ['all', 'compliant', 'over'];
/** Options shown at first, and added by each "more": a search answers up to a few hundred. */
export const PAGE = 20;

const inFilter = (filter: Filter, option: SearchOption) =>
  filter === 'all' || (filter === 'compliant' ? option.policy?.compliant !== false : option.policy?.compliant === false);

/**
 * A search's results: what the policy checked them against, hidden and failed counts, then one
 * row per option, filtered by compliance (合规 / 超标) and shown twenty at a time.
 */
export function OptionList({ answer, options: all = answer.options, action, testId = 'booking-results', emptyText }: OptionListProps) {
  const { t } = useTranslation();
  const [view, setView] = useState({ answer, filter: 'all' as Filter, shown: PAGE });
  // A new answer starts over: all options, the first page.
  if (view.answer !== answer) setView({ answer, filter: 'all', shown: PAGE });
  const counts = new Map(FILTERS.map((f) => [f, all.filter((o) => inFilter(f, o)).length]));
  const filtered = all.filter((o) => inFilter(view.filter, o));
  const options = filtered.slice(0, view.shown);
  const mixed = (counts.get('compliant') ?? 0) > 0 && (counts.get('over') ?? 0) > 0;
  return (
    <div className="booking-results" data-testid={testId} data-count={all.length} data-hidden={answer.hiddenCount}>
      <p className="muted small booking-results-head">
        <span data-testid="booking-results-count">{t('booking.results.count', { count: all.length })}</span>
        {' · '}
        {answer.policy && answer.version
          ? t('booking.results.policy', { name: answer.policy.name, version: answer.version.version })
          : t('booking.results.noPolicy')}
        {answer.request ? ` · ${t('booking.results.request', { code: answer.request.code })}` : ''}
      </p>
      {answer.failures.length > 0 ? (
        <Notice kind="warning" testId="booking-failures">
          {t('booking.results.failures', { suppliers: answer.failures.map((f) => f.supplierCode).join('、') })}
        </Notice>
      ) : null}
      {answer.hiddenCount > 0 ? (
        <p className="muted small" data-testid="booking-hidden">
          {t('booking.results.hidden', { count: answer.hiddenCount })}
        </p>
      ) : null}
      {mixed ? (
        <Tabs
          testId="booking-filter"
          label={t('booking.results.filter')}
          value={view.filter}
          tabs={FILTERS.map((f) => ({ id: f, label: t(`booking.results.filterName.${f}`), count: counts.get(f) ?? 0 }))}
          onChange={(filter) => setView({ answer, filter, shown: PAGE })}
        />
      ) : null}
      {options.length === 0 ? (
        <p className="muted" data-testid="booking-none">
          {emptyText ?? t('booking.results.none')}
        </p>
      ) : (
        <ul className="booking-option-list">
          {options.map((option) => (
            <li
              key={`${option.offer.supplierCode}/${option.offer.offerId}`}
              className={option.bookable ? 'booking-option' : 'booking-option booking-option-blocked'}
              data-testid="booking-option"
              data-category={option.offer.category}
              data-supplier={option.offer.supplierCode}
              data-offer-id={option.offer.offerId}
              data-bookable={String(option.bookable)}
              data-compliant={String(option.policy?.compliant ?? true)}
              data-covered={String(option.coverage.covered)}
              data-outcome={option.policy?.outcome ?? ''}
            >
              <div className="booking-option-main">
                <OptionEssentials offer={option.offer} />
                <PolicyMarksView option={option} />
              </div>
              <div className="booking-option-side">
                <span className="booking-price" data-testid="booking-price">
                  {formatFen(option.offer.priceFen)}
                </span>
                <span className="muted small mono">{option.offer.supplierCode}</span>
                {option.alsoOfferedBy.length > 0 ? (
                  <span className="muted small">{t('booking.results.alsoOffered', { count: option.alsoOfferedBy.length })}</span>
                ) : null}
                {action ? option.bookable ? action(option) : <span className="muted small">{t('booking.results.blocked')}</span> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {filtered.length > options.length ? (
        <button
          type="button"
          className="btn booking-more"
          data-testid="booking-more"
          onClick={() => setView({ ...view, shown: view.shown + PAGE })}
        >
          {t('booking.results.more', { count: filtered.length - options.length })}
        </button>
      ) : null}
    </div>
  );
}

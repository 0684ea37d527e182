import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchAnswer, SearchOption } from '../../api/booking';
import { Notice } from '../../components/Notice';
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

/** A search's results: what the policy checked them against, hidden and failed counts, then one row per option. */
export function OptionList({ answer, options = answer.options, action, testId = 'booking-results', emptyText }: OptionListProps) {
  const { t } = useTranslation();
  return (
    <div className="booking-results" data-testid={testId} data-count={options.length} data-hidden={answer.hiddenCount}>
      <p className="muted small booking-results-head">
        <span data-testid="booking-results-count">{t('booking.results.count', { count: options.length })}</span>
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
    </div>
  );
}

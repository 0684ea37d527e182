import { useTranslation } from 'react-i18next';

interface PagerProps {
  page: number;
  hasPrev: boolean;
  hasNext: boolean;
  busy?: boolean;
  onPrev: () => void;
  onNext: () => void;
  pageSize?: number;
  pageSizes?: number[];
  onPageSize?: (size: number) => void;
}

/** Cursor paging controls: previous / page number / next, optional page size. */
export function Pager({ page, hasPrev, hasNext, busy, onPrev, onNext, pageSize, pageSizes, onPageSize }: PagerProps) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('pager.page', { page })}>
      {pageSize && pageSizes && onPageSize ? (
        <label className="pager-size">
          <span>{t('pager.pageSize')}</span>
          <select data-testid="pager-size" value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="button" className="btn" data-testid="pager-prev" disabled={!hasPrev || busy} onClick={onPrev}>
        {t('pager.prev')}
      </button>
      <span className="pager-page" data-testid="pager-page" data-page={page}>
        {t('pager.page', { page })}
      </span>
      <button type="button" className="btn" data-testid="pager-next" disabled={!hasNext || busy} onClick={onNext}>
        {t('pager.next')}
      </button>
    </nav>
  );
}

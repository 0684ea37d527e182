import { useTranslation } from 'react-i18next';
import type { SupplierCallFigures, SupplierStatus } from '../../api/types';
import { formatPercent } from '../../lib/percent';

const BADGE: Record<SupplierStatus, string> = {
  active: 'badge badge-success',
  probation: 'badge badge-warning',
  suspended: 'badge badge-danger',
};

export function StatusBadge({ status }: { status: SupplierStatus }) {
  const { t } = useTranslation();
  return (
    <span className={BADGE[status]} data-testid="supplier-status" data-status={status}>
      {t(`suppliers.statusName.${status}`)}
    </span>
  );
}

/** "1,204 次 · 失败率 0.8% · P95 320 毫秒", or "无调用". */
export function CallFiguresText({ figures }: { figures: SupplierCallFigures }) {
  const { t } = useTranslation();
  if (figures.count === 0) return <span className="muted">{t('suppliers.noCalls')}</span>;
  return (
    <span data-testid="supplier-calls">
      {t('suppliers.callsCount', { count: figures.count })}
      {' · '}
      <span className={figures.errorRate > 0.05 ? 'text-danger' : undefined}>
        {t('suppliers.errorRate', { rate: formatPercent(figures.errorRate * 100) })}
      </span>
      {figures.p95Ms !== null ? ` · ${t('suppliers.p95', { ms: Math.round(figures.p95Ms) })}` : ''}
    </span>
  );
}

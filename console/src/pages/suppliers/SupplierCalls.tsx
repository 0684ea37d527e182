import { useTranslation } from 'react-i18next';
import { suppliersApi } from '../../api/suppliers';
import type { SupplierCallFigures } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatPercent } from '../../lib/percent';
import { useLoad } from '../../lib/useLoad';

const OPERATIONS = ['search', 'hold', 'release', 'book', 'change', 'cancel', 'status'] as const;
const isOperation = (op: string): op is (typeof OPERATIONS)[number] => (OPERATIONS as readonly string[]).includes(op);
const ms = (v: number | null) => (v === null ? '—' : String(Math.round(v)));

/** The last day's calls to a supplier, in all and by operation. */
export function SupplierCalls({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(() => suppliersApi.callSummary(supplierId), `supplier-calls-${supplierId}`);
  const line = (label: string, f: SupplierCallFigures, testId: string) => (
    <tr key={testId} data-testid={testId}>
      <td>{label}</td>
      <td className="num">{f.count}</td>
      <td className="num">{f.errors}</td>
      <td className="num">{formatPercent(f.errorRate * 100)}</td>
      <td className="num">{f.timeouts}</td>
      <td className="num">{f.circuitOpen}</td>
      <td className="num">{ms(f.p50Ms)}</td>
      <td className="num">{ms(f.p95Ms)}</td>
      <td className="num">{ms(f.p99Ms)}</td>
    </tr>
  );
  return (
    <div className="card form-card" data-testid="supplier-call-summary">
      <h2 className="card-title">{t('suppliers.calls')}</h2>
      <ErrorNotice error={error} onRetry={reload} />
      {data ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('suppliers.operation')}</th>
                <th scope="col" className="num">
                  {t('suppliers.count')}
                </th>
                <th scope="col" className="num">
                  {t('suppliers.errors')}
                </th>
                <th scope="col" className="num">
                  %
                </th>
                <th scope="col" className="num">
                  {t('suppliers.timeouts')}
                </th>
                <th scope="col" className="num">
                  {t('suppliers.circuitOpen')}
                </th>
                <th scope="col" className="num">
                  {t('suppliers.p50')}
                </th>
                <th scope="col" className="num">
                  {t('suppliers.p95Header')}
                </th>
                <th scope="col" className="num">
                  {t('suppliers.p99')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.byOperation.map((op) =>
                line(isOperation(op.operation) ? t(`suppliers.operationName.${op.operation}`) : op.operation, op, `calls-${op.operation}`),
              )}
              {line(t('suppliers.total'), data.total, 'calls-total')}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

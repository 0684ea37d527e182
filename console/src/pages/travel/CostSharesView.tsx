import { useTranslation } from 'react-i18next';
import type { CostShare } from '../../api/types';
import { formatFen } from '../../lib/money';

interface ShareRow {
  travellerId: string;
  travellerName: string;
  amountFen: number;
  bearerType: CostShare['bearerType'];
  bearerName: string;
}

const BEARER_KEY = { department: 'departmentOf', cost_centre: 'costCentreOf', project: 'projectOf' } as const;

/** 费用分摊: each traveller's share of the estimate and who bears it. */
export function CostSharesView({ shares, testId = 'cost-shares' }: { shares: ShareRow[]; testId?: string }) {
  const { t } = useTranslation();
  if (shares.length === 0) return <p className="muted">{t('travelMoney.shares.empty')}</p>;
  return (
    <table className="table compact" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('travelMoney.shares.traveller')}</th>
          <th>{t('travelMoney.shares.bearer')}</th>
          <th className="num">{t('travelMoney.shares.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {shares.map((s) => (
          <tr key={s.travellerId} data-testid="cost-share" data-traveller-id={s.travellerId} data-bearer-type={s.bearerType}>
            <td>{s.travellerName}</td>
            <td>
              {s.bearerType === 'department' && !s.bearerName
                ? t('travelMoney.bearer.traveller_department')
                : t(`travelMoney.shares.${BEARER_KEY[s.bearerType]}`, { name: s.bearerName })}
            </td>
            <td className="num" data-testid="cost-share-amount">
              {formatFen(s.amountFen)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

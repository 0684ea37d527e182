import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, ItineraryLeg, OrderCheck, ReasonCode, TravelOption, TravelRequestSummary } from '../../api/types';
import { CATEGORIES } from '../../api/values';
import { travelApi } from '../../api/travel';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Tabs } from '../../components/Tabs';
import { OptionEditor } from '../policy/preview/OptionEditor';
import { normaliseOption, optionLabel } from '../policy/preview/samples';
import { optionFor } from './checkOption';
import { OrderCheckResult } from './OrderCheckResult';

interface OrderCheckPanelProps {
  /** The traveller's approved travel requests, newest first. */
  requests: TravelRequestSummary[];
  /** The first leg of the first of them, where the option starts. */
  firstLeg: ItineraryLeg | null;
  /** Active reason codes (超标原因), named where a failing rule asks for one. */
  reasonCodes: ReasonCode[];
}

/**
 * 预订前校验: the traveller describes an option (a flight, a hotel stay, a train seat, a ride), on the
 * first leg of a chosen approved request, and sees what booking it would mean: the policy's verdict
 * rule by rule, whether the request covers it, and who would approve it (POST /travel/order-check).
 */
export function OrderCheckPanel({ requests, firstLeg, reasonCodes }: OrderCheckPanelProps) {
  const { t } = useTranslation();
  const [category, setCategory] = useState<Category>('flight');
  const [requestId, setRequestId] = useState(requests[0]?.id ?? '');
  const [leg, setLeg] = useState<ItineraryLeg | null>(firstLeg);
  const [option, setOption] = useState<TravelOption>(() => optionFor('flight', firstLeg));
  const [result, setResult] = useState<{ option: TravelOption; check: OrderCheck } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // The chosen request's first leg places the option; the leg is fetched once per choice.
  const placeOn = async (id: string, nextCategory: Category) => {
    setRequestId(id);
    setCategory(nextCategory);
    setResult(null);
    setError(null);
    let first: ItineraryLeg | null = null;
    if (id !== '') {
      try {
        first = (await travelApi.get(id)).itinerary[0] ?? null;
      } catch (err) {
        setError(err);
      }
    }
    setLeg(first);
    setOption(optionFor(nextCategory, first));
  };

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const sent = normaliseOption(option);
      const check = await travelApi.orderCheck({ option: sent, ...(requestId ? { requestId } : {}) });
      setResult({ option: sent, check });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card form-card order-check" data-testid="order-check">
      <h2 className="card-title">{t('myPolicy.check.title')}</h2>
      <p className="muted">{t('myPolicy.check.intro')}</p>
      <div className="order-check-controls">
        <Tabs
          testId="order-check-category"
          label={t('myPolicy.check.category')}
          value={category}
          tabs={CATEGORIES.map((c) => ({ id: c, label: t(`policy.group.${c}`) }))}
          onChange={(c) => {
            setCategory(c);
            setResult(null);
            setOption(optionFor(c, leg));
          }}
        />
        <label className="leg-field order-check-request">
          <span className="field-label">{t('myPolicy.check.request')}</span>
          <select data-testid="order-check-request" value={requestId} onChange={(e) => void placeOn(e.target.value, category)}>
            <option value="">{t('myPolicy.check.requestAuto')}</option>
            {requests.map((r) => (
              <option key={r.id} value={r.id}>
                {t('myPolicy.check.requestOption', { code: r.code, purpose: r.purpose })}
              </option>
            ))}
          </select>
          {requests.length === 0 ? <span className="muted small">{t('myPolicy.check.noApproved')}</span> : null}
        </label>
      </div>
      <h3 className="subsection-title">
        {t('myPolicy.check.option')} <span className="muted small">{optionLabel(t, option)}</span>
      </h3>
      <OptionEditor testId="order-check-option" option={option} onChange={(o) => setOption(o)} />
      <div className="form-actions">
        <button type="button" className="btn btn-primary" data-testid="order-check-run" disabled={busy} onClick={() => void run()}>
          {busy ? t('myPolicy.check.running') : t('myPolicy.check.run')}
        </button>
      </div>
      <ErrorNotice error={error} testId="order-check-error" />
      {result ? <OrderCheckResult check={result.check} reasonCodes={reasonCodes} /> : null}
    </section>
  );
}

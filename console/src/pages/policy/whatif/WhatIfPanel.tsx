import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { whatIfApi, type WhatIfReport } from '../../../api/whatIf';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Notice } from '../../../components/Notice';
import { addDays, chinaToday } from '../../../lib/dates';
import { PastBookingImport } from './PastBookingImport';
import { WhatIfReportView } from './WhatIfReportView';

const PAGE = 50;

/** The what-if tab of a policy: replay its draft over past bookings of a date range, and import past bookings. */
export function WhatIfPanel({ policyId, draftVersionId }: { policyId: string; draftVersionId: string | null }) {
  const { t } = useTranslation();
  const today = chinaToday();
  const [from, setFrom] = useState(addDays(today, -90));
  const [to, setTo] = useState(today);
  const [includeImported, setIncludeImported] = useState(true);
  const [report, setReport] = useState<WhatIfReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (offset: number) => {
    if (!draftVersionId) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await whatIfApi.run(policyId, draftVersionId, { from, to, includeImported, offset, limit: PAGE }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(0);
  };

  return (
    <div data-testid="what-if">
      <p className="muted">{t('whatIf.intro')}</p>
      {draftVersionId === null ? (
        <Notice kind="info">{t('whatIf.noDraft')}</Notice>
      ) : (
        <form className="card toolbar" onSubmit={submit} data-testid="what-if-form">
          <label>
            {t('whatIf.from')}{' '}
            <input type="date" value={from} max={to} onChange={(e) => setFrom(e.target.value)} data-testid="what-if-from" required />
          </label>
          <label>
            {t('whatIf.to')}{' '}
            <input type="date" value={to} min={from} onChange={(e) => setTo(e.target.value)} data-testid="what-if-to" required />
          </label>
          <label>
            <input
              type="checkbox"
              checked={includeImported}
              onChange={(e) => setIncludeImported(e.target.checked)}
              data-testid="what-if-include-imported"
            />{' '}
            {t('whatIf.includeImported')}
          </label>
          <button type="submit" className="btn btn-primary" disabled={busy} data-testid="what-if-run">
            {busy ? t('whatIf.running') : t('whatIf.run')}
          </button>
        </form>
      )}
      <ErrorNotice error={error} testId="what-if-error" />
      {report ? <WhatIfReportView report={report} busy={busy} onPage={(offset) => void run(offset)} /> : null}
      <PastBookingImport />
    </div>
  );
}

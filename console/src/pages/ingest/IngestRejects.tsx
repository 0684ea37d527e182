import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ingestApi } from '../../api/operations';
import type { IngestReject } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { Pager } from '../../components/Pager';
import { formatDateTime } from '../../lib/format';
import { useDebounced } from '../../lib/useDebounced';
import { useLoad } from '../../lib/useLoad';

const PAGE_SIZE = 50;
const SUPPLIER_CODE = /^[A-Za-z0-9_-]{1,40}$/;

/** 校验未通过: events refused by validation, as sent, oldest first; each can be marked as dealt with, with a reason. */
export function IngestRejects() {
  const { t } = useTranslation();
  const [supplierInput, setSupplierInput] = useState('');
  const [dismissed, setDismissed] = useState(false);
  const supplierTerm = useDebounced(supplierInput.trim(), 300);
  const supplier = SUPPLIER_CODE.test(supplierTerm) ? supplierTerm : undefined;
  const filterKey = JSON.stringify([supplier, dismissed]);
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: filterKey, stack: [null] });
  const cursors = paging.key === filterKey ? paging.stack : [null];
  const cursor = cursors[cursors.length - 1] ?? null;
  const list = useLoad(
    () => ingestApi.rejects({ supplier, dismissed: dismissed || undefined, limit: PAGE_SIZE, cursor: cursor ?? undefined }),
    `${filterKey}|${cursor ?? ''}`,
  );
  const items = list.data?.items ?? [];
  const nextCursor = list.data?.nextCursor ?? null;
  const [dismissing, setDismissing] = useState<IngestReject | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  return (
    <div data-testid="ingest-rejects">
      <div className="toolbar audit-filters">
        <label>
          <span>{t('ingest.supplier')}</span>
          <input
            type="search"
            value={supplierInput}
            placeholder={t('ingest.supplierPlaceholder')}
            onChange={(e) => setSupplierInput(e.target.value)}
            data-testid="reject-filter-supplier"
          />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={dismissed} onChange={(e) => setDismissed(e.target.checked)} data-testid="reject-show-dismissed" />
          <span>{t('ingest.showDismissed')}</span>
        </label>
      </div>
      {flash ? (
        <Notice kind="success" testId="reject-flash" onDismiss={() => setFlash(null)} dismissLabel={t('common.close')}>
          {flash}
        </Notice>
      ) : null}
      <ErrorNotice error={list.error} onRetry={list.reload} />
      <div className="card">
        <div className="table-wrap">
          <table className="table" data-testid="reject-table" data-loading={list.loading ? 'true' : 'false'} aria-busy={list.loading}>
            <thead>
              <tr>
                <th scope="col">{t('ingest.event')}</th>
                <th scope="col">{t('ingest.errors')}</th>
                <th scope="col">{t('ingest.receivedAt')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} data-testid="reject-row">
                  <td>
                    <div className="mono">{r.eventId ?? '—'}</div>
                    <div className="muted small mono">{r.supplierCode}</div>
                    <details className="small">
                      <summary className="muted">{t('ingest.raw')}</summary>
                      <pre className="mono small event-data">{JSON.stringify(r.raw, null, 2)}</pre>
                    </details>
                  </td>
                  <td>
                    <ul className="plain-list small">
                      {r.errors.map((e, i) => (
                        <li key={i}>
                          <span className="mono">{e.path || '/'}</span> {e.message}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="nowrap">{formatDateTime(r.receivedAt)}</td>
                  <td>
                    {r.dismissedAt ? (
                      <span className="muted small" data-testid="reject-dismissed">
                        {t('ingest.dismissedBy', {
                          who: r.dismissedBy ?? '',
                          at: formatDateTime(r.dismissedAt),
                          reason: r.dismissReason ?? '',
                        })}
                      </span>
                    ) : (
                      <button type="button" className="btn btn-small" onClick={() => setDismissing(r)} data-testid="reject-dismiss">
                        {t('ingest.dismiss')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!list.loading && items.length === 0 ? (
            <p className="empty" data-testid="reject-empty">
              {t('ingest.rejectsEmpty')}
            </p>
          ) : null}
        </div>
        <Pager
          page={cursors.length}
          hasPrev={cursors.length > 1}
          hasNext={nextCursor !== null}
          busy={list.loading}
          onPrev={() => setPaging({ key: filterKey, stack: cursors.slice(0, -1) })}
          onNext={() => nextCursor && setPaging({ key: filterKey, stack: [...cursors, nextCursor] })}
        />
      </div>
      {dismissing ? (
        <DismissDialog
          reject={dismissing}
          onClose={() => setDismissing(null)}
          onDone={() => {
            setDismissing(null);
            setFlash(t('ingest.dismissedDone'));
            list.reload();
          }}
        />
      ) : null}
    </div>
  );
}

function DismissDialog({ reject, onClose, onDone }: { reject: IngestReject; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    if (!reason.trim()) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await ingestApi.dismiss(reject.id, reason.trim().slice(0, 500));
      onDone();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t('ingest.dismissTitle')}
      onClose={onClose}
      testId="reject-dismiss-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void submit()} data-testid="reject-dismiss-save">
            {t('ingest.dismiss')}
          </button>
        </>
      }
    >
      <ErrorNotice error={error} />
      <p className="muted small mono">
        {reject.supplierCode} · {reject.eventId ?? '—'}
      </p>
      <Field label={t('ingest.dismissReason')} required error={invalid ? t('ingest.dismissReasonRequired') : undefined}>
        {(id) => (
          <textarea
            id={id}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setInvalid(false);
            }}
            data-testid="reject-dismiss-reason"
          />
        )}
      </Field>
    </Dialog>
  );
}

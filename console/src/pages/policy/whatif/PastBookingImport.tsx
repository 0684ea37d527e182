import { useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, importErrorsOf, type ImportRowError } from '../../../api/errors';
import { whatIfApi, WHAT_IF_TEMPLATE_PATH, type ImportBatch } from '../../../api/whatIf';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Notice } from '../../../components/Notice';
import { readCsvFile, saveBlob } from '../../../lib/csv';
import { formatDate, formatDateTime } from '../../../lib/format';
import { formatFen } from '../../../lib/money';
import { useLoad } from '../../../lib/useLoad';
import { ImportErrorTable } from '../../import/ImportErrorTable';

type Outcome = { kind: 'done'; dryRun: boolean; count: number; totalFen: number } | { kind: 'invalid'; errors: ImportRowError[] };

/** Past bookings from a previous provider: upload (check or import, errors by line) and the batches with delete. */
export function PastBookingImport() {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState<ImportBatch | null>(null);
  const batches = useLoad(() => whatIfApi.batches(), 'what-if-batches');

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    setError(null);
    try {
      const { text } = await readCsvFile(file);
      const result = await whatIfApi.importBookings(text, dryRun);
      setOutcome({ kind: 'done', dryRun, count: result.imported, totalFen: result.totalFen });
      if (!dryRun) {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        batches.reload();
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IMPORT_INVALID') setOutcome({ kind: 'invalid', errors: importErrorsOf(err) });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  // A plain link would not carry X-Tenant-Id for operators, so fetch it through the client.
  const downloadTemplate = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    try {
      const { blob, filename } = await whatIfApi.template();
      saveBlob(blob, filename ?? 'past-bookings-template.csv');
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card form-card" data-testid="what-if-import">
      <h3>{t('whatIf.import.title')}</h3>
      <p className="muted">{t('whatIf.import.intro')}</p>
      <div className="file-row">
        <a className="btn" href={WHAT_IF_TEMPLATE_PATH} onClick={(e) => void downloadTemplate(e)} data-testid="what-if-template">
          {t('whatIf.import.template')}
        </a>
        <input
          ref={fileInput}
          type="file"
          accept=".csv,text/csv"
          aria-label={t('whatIf.import.choose')}
          data-testid="what-if-file"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <button type="button" className="btn" disabled={!file || busy} onClick={() => void send(true)} data-testid="what-if-check">
          {t('whatIf.import.check')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!file || busy}
          onClick={() => void send(false)}
          data-testid="what-if-upload"
        >
          {t('whatIf.import.upload')}
        </button>
      </div>
      <ErrorNotice error={error} testId="what-if-import-error" />
      {outcome?.kind === 'done' ? (
        <Notice kind="success" testId="what-if-import-done">
          {t(outcome.dryRun ? 'whatIf.import.checked' : 'whatIf.import.imported', {
            count: outcome.count,
            amount: formatFen(outcome.totalFen),
          })}
        </Notice>
      ) : null}
      {outcome?.kind === 'invalid' ? <ImportErrorTable errors={outcome.errors} /> : null}
      <h4>{t('whatIf.import.batches')}</h4>
      <ErrorNotice error={batches.error} onRetry={batches.reload} />
      {batches.data && batches.data.length === 0 ? <p className="muted">{t('whatIf.import.noBatches')}</p> : null}
      {batches.data && batches.data.length > 0 ? (
        <div className="table-wrap">
          <table className="table" data-testid="what-if-batches">
            <thead>
              <tr>
                <th scope="col">{t('whatIf.import.importedAt')}</th>
                <th scope="col">{t('whatIf.import.importedBy')}</th>
                <th scope="col" className="num">
                  {t('whatIf.import.rows')}
                </th>
                <th scope="col" className="num">
                  {t('whatIf.import.total')}
                </th>
                <th scope="col">{t('whatIf.import.span')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {batches.data.map((b) => (
                <tr key={b.id} data-testid="what-if-batch">
                  <td>{formatDateTime(b.createdAt)}</td>
                  <td>{b.createdByName}</td>
                  <td className="num">{b.rowCount}</td>
                  <td className="num">{formatFen(b.totalFen)}</td>
                  <td>
                    {formatDate(b.firstBookedAt)} – {formatDate(b.lastBookedAt)}
                  </td>
                  <td>
                    <button type="button" className="btn btn-danger" onClick={() => setDeleting(b)} data-testid="what-if-batch-delete">
                      {t('whatIf.import.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('whatIf.import.delete')}
          message={t('whatIf.import.confirmDelete', { count: deleting.rowCount })}
          confirmLabel={t('whatIf.import.delete')}
          danger
          onConfirm={async () => {
            await whatIfApi.deleteBatch(deleting.id);
            batches.reload();
          }}
          onClose={() => setDeleting(null)}
        />
      ) : null}
    </section>
  );
}

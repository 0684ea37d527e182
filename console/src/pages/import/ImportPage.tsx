import { useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, importErrorsOf } from '../../api/errors';
import { IMPORT_TEMPLATE_PATH, orgApi } from '../../api/org';
import type { ImportResult } from '../../api/types';
import type { ImportRowError } from '../../api/errors';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { PageHeader } from '../../components/PageHeader';
import { readCsvFile, saveBlob } from '../../lib/csv';
import { ImportErrorTable } from './ImportErrorTable';

type Outcome =
  | { kind: 'validated'; result: ImportResult }
  | { kind: 'imported'; result: ImportResult }
  | { kind: 'invalid'; errors: ImportRowError[] }
  | { kind: 'failed'; error: unknown };

/** Bulk employee import from CSV: validate (dry run) or import, all-or-nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [gbNote, setGbNote] = useState(false);
  const [templateError, setTemplateError] = useState<unknown>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { text, encoding } = await readCsvFile(file);
      setGbNote(encoding === 'gb18030');
      const result = await orgApi.importEmployees(text, dryRun);
      setOutcome({ kind: dryRun ? 'validated' : 'imported', result });
      if (!dryRun) {
        // Imported: clear the picker so the same file is not sent twice by accident.
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'IMPORT_INVALID') {
        setOutcome({ kind: 'invalid', errors: importErrorsOf(err) });
      } else {
        setOutcome({ kind: 'failed', error: err });
      }
    } finally {
      setBusy(false);
    }
  };

  // A plain link would not carry X-Tenant-Id for operators, so fetch it through the client.
  const downloadTemplate = async (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setTemplateError(null);
    try {
      const { blob, filename } = await orgApi.importTemplate();
      saveBlob(blob, filename ?? 'employees-template.csv');
    } catch (err) {
      setTemplateError(err);
    }
  };

  return (
    <section data-testid="page-import">
      <PageHeader
        title={t('import.title')}
        actions={
          <a className="btn" href={IMPORT_TEMPLATE_PATH} data-testid="import-template" onClick={(e) => void downloadTemplate(e)}>
            {t('import.template')}
          </a>
        }
      />
      <ErrorNotice error={templateError} testId="import-template-error" />
      <div className="card form-card">
        <p className="muted">{t('import.intro')}</p>
        <div className="file-row">
          <label className="btn" htmlFor="import-file">
            {t('import.file')}
          </label>
          <input
            ref={fileInput}
            id="import-file"
            className="visually-hidden"
            type="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
          <span className="file-name" data-testid="import-file-name">
            {file ? t('import.selected', { name: file.name }) : t('import.noFile')}
          </span>
        </div>
        <div className="form-actions">
          <button type="button" className="btn" data-testid="import-validate" disabled={!file || busy} onClick={() => void run(true)}>
            {t('import.validate')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="import-submit"
            disabled={!file || busy}
            onClick={() => void run(false)}
          >
            {busy ? t('import.working') : t('import.submit')}
          </button>
        </div>
        {gbNote ? <Notice kind="info">{t('import.gbNote')}</Notice> : null}
      </div>
      <ImportOutcome outcome={outcome} />
    </section>
  );
}

function ImportOutcome({ outcome }: { outcome: Outcome | null }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'validated':
      return (
        <Notice kind="success" testId="import-validated">
          {t('import.validOk', { created: outcome.result.created, updated: outcome.result.updated })}
        </Notice>
      );
    case 'imported': {
      const { created, updated } = outcome.result;
      return (
        <Notice kind="success" testId="import-done">
          {t('import.done', { count: created + updated, created, updated })}
        </Notice>
      );
    }
    case 'invalid':
      return (
        <div className="card" data-testid="import-invalid">
          <Notice kind="error" testId="import-nothing-imported">
            <strong>{t('import.failedTitle', { count: outcome.errors.length })}</strong>
            <span> {t('import.nothingImported')}</span>
          </Notice>
          <ImportErrorTable errors={outcome.errors} />
        </div>
      );
    case 'failed':
      return <ErrorNotice error={outcome.error} testId="import-error" />;
  }
}

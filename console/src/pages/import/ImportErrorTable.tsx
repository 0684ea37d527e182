import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import i18n from '../../i18n';
import type { ImportRowError } from '../../api/errors';

/** The server's code, translated with the column and value; the server's English text for an unknown code. */
function rowMessage(t: TFunction, error: ImportRowError): string {
  const key = `import.rowCodes.${error.code}`;
  if (!i18n.exists(key)) return error.message;
  return t(key as 'import.rowCodes.invalid', { column: error.column ?? '', value: error.value ?? '' });
}

/** Problems found in an import file, one line per (row, column). Row numbers are as in the file. */
export function ImportErrorTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return (
    <div className="table-wrap">
      <table className="table" data-testid="import-errors">
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.row')}
            </th>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.message')}</th>
            <th scope="col">{t('import.code')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((error, index) => (
            <tr key={`${error.row}-${error.column ?? ''}-${index}`} data-testid="import-error-row" data-row={error.row}>
              <td className="num" data-testid="import-error-row-number">
                {error.row}
              </td>
              <td className="mono" data-testid="import-error-column">
                {error.column ?? t('common.none')}
              </td>
              <td data-testid="import-error-message">{rowMessage(t, error)}</td>
              <td className="mono muted" data-testid="import-error-code">
                {error.code}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

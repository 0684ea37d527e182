import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../../api/types';
import { localized } from '../../../lib/localized';
import { OutcomeBadge } from '../ActionBadge';

interface PreviewResultsProps {
  options: { key: string; label: string }[];
  travellers: { key: string; label: string }[];
  /** evaluations[optionIndex][travellerIndex] */
  evaluations: (Evaluation | undefined)[][];
}

/** One table per option: a row per traveller with the outcome and every failing rule's explanation. */
export function PreviewResults({ options, travellers, evaluations }: PreviewResultsProps) {
  const { t } = useTranslation();
  return (
    <div className="preview-results" data-testid="preview-results">
      {options.map((option, oi) => (
        <section key={option.key} className="card preview-result" data-testid="preview-result" data-option-index={oi}>
          <h4 className="preview-result-title">{option.label}</h4>
          <table className="table compact preview-table">
            <thead>
              <tr>
                <th scope="col" className="col-traveller">
                  {t('policy.preview.traveller')}
                </th>
                <th scope="col" className="col-outcome">
                  {t('policy.preview.outcome')}
                </th>
                <th scope="col">{t('policy.preview.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {travellers.map((traveller, ti) => {
                const evaluation = evaluations[oi]?.[ti];
                // Failed checks, and passed ones the reader must see: data missing (flagged) or paid personally.
                const failing = (evaluation?.checks ?? []).filter(
                  (c) => c.applicable && (!c.passed || c.dataMissing || c.personalPayFen !== null),
                );
                return (
                  <tr key={traveller.key} data-testid="preview-row">
                    <td className="nowrap">{traveller.label}</td>
                    <td>{evaluation ? <OutcomeBadge outcome={evaluation.outcome} /> : t('common.none')}</td>
                    <td>
                      {failing.length === 0 ? (
                        <span className="muted">{evaluation ? t('policy.preview.allPassed') : ''}</span>
                      ) : (
                        <ul className="plain-list">
                          {failing.map((c) => (
                            <li key={c.ruleId} data-testid="preview-explanation" data-rule-id={c.ruleId}>
                              {localized(c.explanation)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

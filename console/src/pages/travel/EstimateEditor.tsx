import { useTranslation } from 'react-i18next';
import { ESTIMATE_CATEGORIES } from '../../api/values';
import { MoneyInput } from '../../components/MoneyInput';
import { formatFen } from '../../lib/money';
import { estimateTotal, type EstimateValues } from './requestFormModel';

interface EstimateEditorProps {
  value: EstimateValues;
  invalid?: boolean;
  error?: string;
  onChange: (value: EstimateValues) => void;
}

/** 费用预估: one yuan amount per category and the total. */
export function EstimateEditor({ value, invalid, error, onChange }: EstimateEditorProps) {
  const { t } = useTranslation();
  return (
    <div className="estimate" data-testid="estimate">
      <div className="estimate-grid">
        {ESTIMATE_CATEGORIES.map((category) => (
          <label key={category} className="leg-field">
            <span className="field-label">{t(`travel.estimate.${category}`)}</span>
            <MoneyInput
              testId={`estimate-${category}`}
              value={value[category]}
              invalid={invalid}
              placeholder="0"
              onChange={(fen) => onChange({ ...value, [category]: fen })}
            />
          </label>
        ))}
        <div className="estimate-total">
          <span className="field-label">{t('travel.estimate.total')}</span>
          <strong data-testid="estimate-total">{formatFen(estimateTotal(value))}</strong>
        </div>
      </div>
      {error ? (
        <p className="field-error" role="alert" data-testid="field-error-estimate">
          {error}
        </p>
      ) : null}
    </div>
  );
}

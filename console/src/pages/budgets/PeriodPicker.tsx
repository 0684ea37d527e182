import { useTranslation } from 'react-i18next';
import type { BudgetPeriodType } from '../../api/types';
import { currentLanguage } from '../../i18n';
import { partsOf, yearsAround, type PeriodPick } from './period';

function monthName(n: number): string {
  return new Intl.DateTimeFormat(currentLanguage(), { month: 'long' }).format(new Date(2000, n - 1, 1));
}

interface PeriodPickerProps {
  testId: string;
  value: PeriodPick;
  onChange: (value: PeriodPick) => void;
  disabled?: boolean;
}

const TYPES: BudgetPeriodType[] = ['year', 'quarter', 'month'];

/** 年 / 季度 / 月 and the year, quarter or month. */
export function PeriodPicker({ testId, value, onChange, disabled }: PeriodPickerProps) {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  return (
    <div className="period-picker" data-testid={testId}>
      <select
        aria-label={t('budgets.periodType')}
        data-testid={`${testId}-type`}
        value={value.type}
        disabled={disabled}
        onChange={(e) => {
          const type = e.target.value as BudgetPeriodType;
          const month = new Date().getMonth() + 1;
          onChange({ type, year: value.year, part: type === 'quarter' ? Math.ceil(month / 3) : type === 'month' ? month : 1 });
        }}
      >
        {TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`budgets.periodTypes.${type}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('budgets.year')}
        data-testid={`${testId}-year`}
        value={value.year}
        disabled={disabled}
        onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
      >
        {yearsAround(thisYear).map((y) => (
          <option key={y} value={y}>
            {t('budgets.yearLabel', { year: y })}
          </option>
        ))}
      </select>
      {value.type !== 'year' ? (
        <select
          aria-label={value.type === 'quarter' ? t('budgets.quarter') : t('budgets.month')}
          data-testid={`${testId}-part`}
          value={value.part}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, part: Number(e.target.value) })}
        >
          {partsOf(value.type).map((n) => (
            <option key={n} value={n}>
              {value.type === 'quarter' ? t('budgets.quarterLabel', { n }) : monthName(n)}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}

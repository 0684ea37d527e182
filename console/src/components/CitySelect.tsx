import { useTranslation } from 'react-i18next';
import { useFieldControlId } from './Field';
import { CITIES, cityByCode, type CityEntry } from '../lib/cities';
import { zhEn } from '../lib/localized';

interface CitySelectProps {
  id?: string;
  testId: string;
  value: string;
  onChange: (code: string) => void;
  invalid?: boolean;
  disabled?: boolean;
  /** Label of the empty choice; defaults to "select…". */
  emptyLabel?: string;
  /** The select's name when no Field or label names it. */
  ariaLabel?: string;
}

const TIERS: CityEntry['tier'][] = ['tier1', 'new_tier1', 'tier2'];

/** A <select> of Chinese cities grouped by tier (一线 / 新一线 / 二线); values are the engine's city codes. */
export function CitySelect({ id, testId, value, onChange, invalid, disabled, emptyLabel, ariaLabel }: CitySelectProps) {
  const { t } = useTranslation();
  const controlId = useFieldControlId(id);
  const unknown = value !== '' && !cityByCode(value);
  return (
    <select
      id={controlId}
      aria-label={ariaLabel}
      data-testid={testId}
      value={value}
      disabled={disabled}
      aria-invalid={invalid || undefined}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{emptyLabel ?? t('common.selectPlaceholder')}</option>
      {unknown ? <option value={value}>{value}</option> : null}
      {TIERS.map((tier) => (
        <optgroup key={tier} label={t(`cityTier.${tier}`)}>
          {CITIES.filter((c) => c.tier === tier).map((city) => (
            <option key={city.code} value={city.code}>
              {zhEn(city.zh, city.en)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

import { useTranslation } from 'react-i18next';
import type { PeakSeason } from '../../../api/types';
import type { FieldError } from '../../../api/errors';
import { useState } from 'react';
import { CitySelect } from '../../../components/CitySelect';
import { cityLabel } from '../../../lib/cities';
import { errorAt, NumberInput } from './inputs';

interface PeakSeasonsEditorProps {
  seasons: PeakSeason[];
  errors: FieldError[];
  testId: string;
  onChange: (seasons: PeakSeason[]) => void;
}

/** 旺季上浮: name, date range, uplift % and the cities (all when none chosen). */
export function PeakSeasonsEditor({ seasons, errors, testId, onChange }: PeakSeasonsEditorProps) {
  const { t } = useTranslation();
  const set = (i: number, s: PeakSeason) => onChange(seasons.map((x, j) => (j === i ? s : x)));
  const year = new Date().getFullYear();
  return (
    <div className="peak-seasons">
      {seasons.map((s, i) => {
        const at = `params.peakSeasons.${i}`;
        const message = errorAt(errors, at);
        return (
          <div key={i} className="peak-row" data-testid={`${testId}-row`}>
            <input
              aria-label={t('policy.form.seasonName')}
              data-testid={`${testId}-${i}-name`}
              value={s.name}
              placeholder={t('policy.form.seasonName')}
              onChange={(e) => set(i, { ...s, name: e.target.value })}
            />
            <input
              type="date"
              aria-label={t('policy.form.from')}
              data-testid={`${testId}-${i}-from`}
              value={s.from}
              onChange={(e) => set(i, { ...s, from: e.target.value })}
            />
            <input
              type="date"
              aria-label={t('policy.form.to')}
              data-testid={`${testId}-${i}-to`}
              value={s.to}
              onChange={(e) => set(i, { ...s, to: e.target.value })}
            />
            <NumberInput
              testId={`${testId}-${i}-uplift`}
              value={s.upliftPercent}
              min={1}
              max={1000}
              suffix="%"
              ariaLabel={t('policy.form.uplift')}
              onChange={(v) => set(i, { ...s, upliftPercent: v ?? Number.NaN })}
            />
            <SeasonCities
              testId={`${testId}-${i}-cities`}
              cities={s.cityCodes ?? []}
              onChange={(codes) => {
                const { cityCodes: _old, ...rest } = s;
                set(i, codes.length > 0 ? { ...rest, cityCodes: codes } : rest);
              }}
            />
            <button type="button" className="btn btn-ghost btn-small" onClick={() => onChange(seasons.filter((_, j) => j !== i))}>
              {t('common.delete')}
            </button>
            {message ? <p className="field-error peak-error">{message}</p> : null}
          </div>
        );
      })}
      <p className="field-hint">{t('policy.form.peakHint')}</p>
      <button
        type="button"
        className="btn btn-small"
        data-testid={`${testId}-add`}
        onClick={() =>
          onChange([
            ...seasons,
            { name: t('policy.form.defaultSeasonName'), from: `${year}-10-01`, to: `${year}-10-07`, upliftPercent: 30 },
          ])
        }
      >
        {t('policy.form.addPeakSeason')}
      </button>
    </div>
  );
}

/** The cities a season raises prices in (all when none): chips, and a picker that adds the city chosen. */
function SeasonCities({ testId, cities, onChange }: { testId: string; cities: string[]; onChange: (cities: string[]) => void }) {
  const { t } = useTranslation();
  const [picking, setPicking] = useState('');
  return (
    <div className="season-cities" data-testid={testId}>
      <div className="chip-list">
        {cities.length === 0 ? <span className="muted small">{t('policy.form.allCities')}</span> : null}
        {cities.map((code) => (
          <span key={code} className="chip" data-testid={`${testId}-city`} data-city-id={code}>
            {cityLabel(code)}
            <button
              type="button"
              className="chip-remove"
              aria-label={`${t('common.delete')} ${cityLabel(code)}`}
              onClick={() => onChange(cities.filter((c) => c !== code))}
            >
              ×
            </button>
          </span>
        ))}
      </div>
      <CitySelect
        testId={`${testId}-pick`}
        value={picking}
        ariaLabel={t('policy.form.seasonCities')}
        emptyLabel={t('policy.form.addSeasonCity')}
        onChange={(code) => {
          if (code !== '' && !cities.includes(code)) onChange([...cities, code]);
          setPicking('');
        }}
      />
    </div>
  );
}

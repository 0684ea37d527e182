import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HotelCapBand, ParamsOf, PeakSeason } from '../../../api/types';
import { CITY_TIERS } from '../../../api/values';
import { CitySelect } from '../../../components/CitySelect';
import { MoneyInput } from '../../../components/MoneyInput';
import { cityLabel } from '../../../lib/cities';
import { errorAt, NumberInput, type ParamsFormProps } from './inputs';
import { PeakSeasonsEditor } from './PeakSeasonsEditor';
import { withColon } from '../../../lib/lists';

type Params = ParamsOf<'hotel_nightly_cap'>;

function CityOverrides({ band, onChange, testId }: { band: HotelCapBand; onChange: (band: HotelCapBand) => void; testId: string }) {
  const { t } = useTranslation();
  const [city, setCity] = useState('');
  const overrides = Object.entries(band.cityCapsFen ?? {});
  const set = (next: Record<string, number>) => {
    const { cityCapsFen: _old, ...rest } = band;
    onChange(Object.keys(next).length > 0 ? { ...rest, cityCapsFen: next } : rest);
  };
  return (
    <div className="overrides">
      {overrides.map(([code, cap]) => (
        <div className="override-row" key={code} data-testid={`${testId}-override`}>
          <span className="override-city">{cityLabel(code)}</span>
          <MoneyInput
            testId={`${testId}-override-${code}`}
            value={cap}
            ariaLabel={cityLabel(code)}
            onChange={(fen) => set({ ...band.cityCapsFen, [code]: fen ?? Number.NaN })}
          />
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => {
              const next = { ...band.cityCapsFen };
              delete next[code];
              set(next);
            }}
          >
            {t('common.delete')}
          </button>
        </div>
      ))}
      <div className="override-row">
        <CitySelect
          testId={`${testId}-override-city`}
          value={city}
          onChange={setCity}
          emptyLabel={t('policy.form.overrideCity')}
          ariaLabel={t('policy.form.overrideCity')}
        />
        <button
          type="button"
          className="btn btn-small"
          disabled={!city || Boolean(band.cityCapsFen?.[city])}
          data-testid={`${testId}-override-add`}
          onClick={() => {
            set({ ...band.cityCapsFen, [city]: band.tierCapsFen.tier1 });
            setCity('');
          }}
        >
          {t('policy.form.addOverride')}
        </button>
      </div>
    </div>
  );
}

/** 酒店限额: a caps table (rank band × city tier) with per-city overrides, and peak seasons. */
export function HotelCapForm({ params, onChange, errors, testId }: ParamsFormProps<Params>) {
  const { t } = useTranslation();
  const setBand = (i: number, band: HotelCapBand) => onChange({ ...params, bands: params.bands.map((b, j) => (j === i ? band : b)) });
  const setPeaks = (peakSeasons: PeakSeason[]) => {
    const { peakSeasons: _old, ...rest } = params;
    onChange(peakSeasons.length > 0 ? { ...rest, peakSeasons } : rest);
  };
  const last = params.bands[params.bands.length - 1];
  return (
    <div className="hotel-cap">
      <div className="table-wrap">
        <table className="table compact" data-testid={`${testId}-bands`}>
          <thead>
            <tr>
              <th scope="col">{t('policy.form.rankLevels')}</th>
              {CITY_TIERS.map((tier) => (
                <th scope="col" key={tier}>
                  {t(`cityTier.${tier}`)}
                </th>
              ))}
              <th scope="col" className="col-overrides">
                {t('policy.form.cityOverrides')}
              </th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {params.bands.map((band, i) => {
              const at = `params.bands.${i}`;
              return (
                <tr key={i} data-testid={`${testId}-band`}>
                  <td className="band-levels">
                    <NumberInput
                      testId={`${testId}-band-${i}-min`}
                      value={band.minRankLevel}
                      min={1}
                      ariaLabel={t('policy.form.minRankLevel')}
                      invalid={Boolean(errorAt(errors, `${at}.minRankLevel`))}
                      onChange={(v) => setBand(i, { ...band, minRankLevel: v })}
                    />
                    <span>–</span>
                    <NumberInput
                      testId={`${testId}-band-${i}-max`}
                      value={band.maxRankLevel}
                      min={1}
                      ariaLabel={t('policy.form.maxRankLevel')}
                      invalid={Boolean(errorAt(errors, `${at}.maxRankLevel`))}
                      onChange={(v) => setBand(i, { ...band, maxRankLevel: v })}
                    />
                  </td>
                  {CITY_TIERS.map((tier) => (
                    <td key={tier}>
                      <MoneyInput
                        testId={`${testId}-band-${i}-${tier}`}
                        value={band.tierCapsFen[tier]}
                        ariaLabel={t(`cityTier.${tier}`)}
                        invalid={Boolean(errorAt(errors, `${at}.tierCapsFen.${tier}`))}
                        onChange={(fen) => setBand(i, { ...band, tierCapsFen: { ...band.tierCapsFen, [tier]: fen ?? Number.NaN } })}
                      />
                    </td>
                  ))}
                  <td>
                    <CityOverrides band={band} testId={`${testId}-band-${i}`} onChange={(b) => setBand(i, b)} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost btn-small"
                      disabled={params.bands.length === 1}
                      onClick={() => onChange({ ...params, bands: params.bands.filter((_, j) => j !== i) })}
                    >
                      {t('common.delete')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {params.bands.map((_, i) => {
        const message = errorAt(errors, `params.bands.${i}`);
        return message ? (
          <p key={i} className="field-error" data-testid={`${testId}-band-${i}-error`}>
            {withColon(t('policy.form.bandError', { n: i + 1 }))}
            {message}
          </p>
        ) : null;
      })}
      <p className="field-hint">{t('policy.form.bandsHint')}</p>
      <button
        type="button"
        className="btn btn-small"
        data-testid={`${testId}-band-add`}
        onClick={() =>
          onChange({
            ...params,
            bands: [
              ...params.bands,
              { tierCapsFen: last ? { ...last.tierCapsFen } : { tier1: 60000, new_tier1: 50000, tier2: 40000, other: 30000 } },
            ],
          })
        }
      >
        {t('policy.form.addBand')}
      </button>
      <h4 className="subsection-title">{t('policy.form.peakSeasons')}</h4>
      <PeakSeasonsEditor seasons={params.peakSeasons ?? []} errors={errors} testId={`${testId}-peak`} onChange={setPeaks} />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Cabin, FlightPriceCapParams, ParamsOf } from '../../../api/types';
import { CABINS } from '../../../api/values';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { CabinScope } from './CabinScope';
import { errorAt, NumberInput, OptionSelect, type ParamsFormProps } from './inputs';

export function FlightCabinForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'flight_cabin'>>) {
  const { t } = useTranslation();
  const long = params.longFlight;
  return (
    <div className="form-grid">
      <Field label={t('policy.form.maxCabin')} error={errorAt(errors, 'params.maxCabin')}>
        <OptionSelect
          testId={`${testId}-maxCabin`}
          value={params.maxCabin}
          options={CABINS}
          label={(c) => t(`policy.cabin.${c}`)}
          onChange={(maxCabin) => onChange({ ...params, maxCabin })}
        />
      </Field>
      <Field group label={t('policy.form.longFlight')} error={errorAt(errors, 'params.longFlight')}>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid={`${testId}-longFlight`}
            checked={Boolean(long)}
            onChange={(e) =>
              onChange(
                e.target.checked ? { ...params, longFlight: { aboveMinutes: 240, maxCabin: 'business' } } : { maxCabin: params.maxCabin },
              )
            }
          />
          <span>{t('policy.form.longFlightEnable')}</span>
        </label>
      </Field>
      {long ? (
        <>
          <Field label={t('policy.form.aboveMinutes')} error={errorAt(errors, 'params.longFlight.aboveMinutes')}>
            <NumberInput
              testId={`${testId}-aboveMinutes`}
              value={long.aboveMinutes}
              min={1}
              suffix={t('policy.form.minutes')}
              onChange={(v) => onChange({ ...params, longFlight: { ...long, aboveMinutes: v ?? 0 } })}
            />
          </Field>
          <Field label={t('policy.form.longFlightCabin')} error={errorAt(errors, 'params.longFlight.maxCabin')}>
            <OptionSelect
              testId={`${testId}-longCabin`}
              value={long.maxCabin}
              options={CABINS}
              label={(c) => t(`policy.cabin.${c}`)}
              onChange={(maxCabin) => onChange({ ...params, longFlight: { ...long, maxCabin } })}
            />
          </Field>
        </>
      ) : null}
    </div>
  );
}

const PRICE_MODES = ['discount_of_full_economy', 'percent_of_business', 'absolute'] as const;

/** 折扣上限: the form takes 折 (7 = 7折 = 0.7) and sends the fraction. */
export function FlightPriceCapForm({ params, onChange, errors, testId }: ParamsFormProps<FlightPriceCapParams>) {
  const { t } = useTranslation();
  // The cabin scope survives a change of mode.
  const scope = params.cabins ? { cabins: params.cabins } : {};
  const setMode = (mode: FlightPriceCapParams['mode']) => {
    if (mode === 'discount_of_full_economy') onChange({ mode, maxDiscount: 0.7, ...scope });
    else if (mode === 'percent_of_business') onChange({ mode, maxPercent: 0.8, ...scope });
    else onChange({ mode, maxFen: 150000, ...scope });
  };
  const setCabins = (cabins: Cabin[] | undefined) => {
    const { cabins: _old, ...rest } = params;
    onChange(cabins ? { ...rest, cabins } : rest);
  };
  const toZhe = (fraction: number) => Math.round(fraction * 1000) / 100;
  return (
    <div className="form-grid">
      <Field label={t('policy.form.priceMode')} error={errorAt(errors, 'params.mode')}>
        <OptionSelect
          testId={`${testId}-mode`}
          value={params.mode}
          options={PRICE_MODES}
          label={(m) => t(`policy.priceMode.${m}`)}
          onChange={setMode}
        />
      </Field>
      {params.mode === 'discount_of_full_economy' ? (
        <Field label={t('policy.form.maxDiscount')} hint={t('policy.form.discountHint')} error={errorAt(errors, 'params.maxDiscount')}>
          <NumberInput
            testId={`${testId}-maxDiscount`}
            value={toZhe(params.maxDiscount)}
            min={0.1}
            max={10}
            step={0.5}
            suffix={t('policy.form.zhe')}
            invalid={Boolean(errorAt(errors, 'params.maxDiscount'))}
            onChange={(v) => onChange({ ...params, maxDiscount: v === undefined ? Number.NaN : Math.round(v * 100) / 1000 })}
          />
        </Field>
      ) : params.mode === 'percent_of_business' ? (
        <Field
          label={t('policy.form.maxPercentOfBusiness')}
          hint={t('policy.form.discountHint')}
          error={errorAt(errors, 'params.maxPercent')}
        >
          <NumberInput
            testId={`${testId}-maxPercent`}
            value={toZhe(params.maxPercent)}
            min={0.1}
            max={10}
            step={0.5}
            suffix={t('policy.form.zhe')}
            invalid={Boolean(errorAt(errors, 'params.maxPercent'))}
            onChange={(v) => onChange({ ...params, maxPercent: v === undefined ? Number.NaN : Math.round(v * 100) / 1000 })}
          />
        </Field>
      ) : (
        <Field label={t('policy.form.maxFare')} error={errorAt(errors, 'params.maxFen')}>
          <MoneyInput
            testId={`${testId}-maxFen`}
            value={params.maxFen}
            invalid={Boolean(errorAt(errors, 'params.maxFen'))}
            onChange={(fen) => onChange({ ...params, maxFen: fen ?? Number.NaN })}
          />
        </Field>
      )}
      <CabinScope cabins={params.cabins} errors={errors} testId={testId} onChange={setCabins} />
    </div>
  );
}

export function FlightLowestFareForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'flight_lowest_fare_window'>>) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <Field label={t('policy.form.windowMinutes')} hint={t('policy.form.windowHint')} error={errorAt(errors, 'params.windowMinutes')}>
        <NumberInput
          testId={`${testId}-windowMinutes`}
          value={params.windowMinutes}
          min={1}
          max={1440}
          suffix={t('policy.form.minutes')}
          onChange={(v) => onChange({ ...params, windowMinutes: v ?? Number.NaN })}
        />
      </Field>
      <Field label={t('policy.form.tolerance')} error={errorAt(errors, 'params.toleranceFen')}>
        <MoneyInput
          testId={`${testId}-toleranceFen`}
          value={params.toleranceFen}
          onChange={(fen) => onChange({ ...params, toleranceFen: fen ?? Number.NaN })}
        />
      </Field>
      <CabinScope
        cabins={params.cabins}
        errors={errors}
        testId={testId}
        onChange={(cabins) => {
          const { cabins: _old, ...rest } = params;
          onChange(cabins ? { ...rest, cabins } : rest);
        }}
      />
    </div>
  );
}

export function FlightAdvanceForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'flight_advance_booking'>>) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <Field label={t('policy.form.minDays')} error={errorAt(errors, 'params.minDays')}>
        <NumberInput
          testId={`${testId}-minDays`}
          value={params.minDays}
          min={0}
          max={365}
          suffix={t('policy.form.days')}
          invalid={Boolean(errorAt(errors, 'params.minDays'))}
          onChange={(v) => onChange({ minDays: v ?? Number.NaN })}
        />
      </Field>
    </div>
  );
}

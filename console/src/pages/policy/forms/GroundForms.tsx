import { useTranslation } from 'react-i18next';
import type { CarPurposeWindows, ParamsOf, TimeWindow } from '../../../api/types';
import { CAR_LEVELS, CAR_PURPOSES, SEATS, SLEEPERS } from '../../../api/values';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { errorAt, NumberInput, OptionSelect, type ParamsFormProps } from './inputs';

export function HotelStarForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'hotel_star'>>) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <Field label={t('policy.form.maxStars')} error={errorAt(errors, 'params.maxStars')}>
        <NumberInput
          testId={`${testId}-maxStars`}
          value={params.maxStars}
          min={1}
          max={5}
          suffix={t('policy.form.stars')}
          onChange={(v) => onChange({ maxStars: v ?? Number.NaN })}
        />
      </Field>
    </div>
  );
}

export function TrainSeatForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'train_seat'>>) {
  const { t } = useTranslation();
  const ex = params.exception;
  const seat = (s: (typeof SEATS)[number] | (typeof SLEEPERS)[number]) => t(`policy.seat.${s}`);
  return (
    <div className="form-grid">
      <Field label={t('policy.form.maxSeat')} error={errorAt(errors, 'params.maxSeat')}>
        <OptionSelect
          testId={`${testId}-maxSeat`}
          value={params.maxSeat}
          options={SEATS}
          label={seat}
          onChange={(maxSeat) => onChange({ ...params, maxSeat })}
        />
      </Field>
      <Field label={t('policy.form.maxSleeper')} error={errorAt(errors, 'params.maxSleeper')}>
        <OptionSelect
          testId={`${testId}-maxSleeper`}
          value={params.maxSleeper}
          options={SLEEPERS}
          label={seat}
          onChange={(maxSleeper) => onChange({ ...params, maxSleeper })}
        />
      </Field>
      <Field group label={t('policy.form.trainException')} error={errorAt(errors, 'params.exception')}>
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid={`${testId}-exception`}
            checked={Boolean(ex)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? { ...params, exception: { aboveMinutes: 360, maxSeat: 'first' } }
                  : { maxSeat: params.maxSeat, maxSleeper: params.maxSleeper },
              )
            }
          />
          <span>{t('policy.form.trainExceptionEnable')}</span>
        </label>
      </Field>
      {ex ? (
        <>
          <Field group label={t('policy.form.exceptionWhen')}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={ex.overnight === true}
                onChange={(e) => onChange({ ...params, exception: { ...ex, overnight: e.target.checked || undefined } })}
              />
              <span>{t('policy.form.overnight')}</span>
            </label>
            <NumberInput
              testId={`${testId}-exception-minutes`}
              value={ex.aboveMinutes}
              min={1}
              suffix={t('policy.form.minutesOrMore')}
              ariaLabel={t('policy.form.exceptionMinutes')}
              onChange={(v) => onChange({ ...params, exception: { ...ex, aboveMinutes: v } })}
            />
          </Field>
          <Field label={t('policy.form.exceptionSeat')} error={errorAt(errors, 'params.exception.maxSeat')}>
            <OptionSelect
              testId={`${testId}-exception-seat`}
              value={ex.maxSeat ?? params.maxSeat}
              options={SEATS}
              label={seat}
              onChange={(maxSeat) => onChange({ ...params, exception: { ...ex, maxSeat } })}
            />
          </Field>
          <Field label={t('policy.form.exceptionSleeper')} error={errorAt(errors, 'params.exception.maxSleeper')}>
            <OptionSelect
              testId={`${testId}-exception-sleeper`}
              value={ex.maxSleeper ?? params.maxSleeper}
              options={SLEEPERS}
              label={seat}
              onChange={(maxSleeper) => onChange({ ...params, exception: { ...ex, maxSleeper } })}
            />
          </Field>
        </>
      ) : null}
    </div>
  );
}

export function CarLevelForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'car_service_level'>>) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <Field label={t('policy.form.maxCarLevel')} error={errorAt(errors, 'params.maxLevel')}>
        <OptionSelect
          testId={`${testId}-maxLevel`}
          value={params.maxLevel}
          options={CAR_LEVELS}
          label={(l) => t(`policy.carLevel.${l}`)}
          onChange={(maxLevel) => onChange({ maxLevel })}
        />
      </Field>
    </div>
  );
}

export function CarCapForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'car_ride_cap'>>) {
  const { t } = useTranslation();
  return (
    <div className="form-grid">
      <Field label={t('policy.form.maxRideFare')} error={errorAt(errors, 'params.maxFen')}>
        <MoneyInput
          testId={`${testId}-maxFen`}
          value={params.maxFen}
          invalid={Boolean(errorAt(errors, 'params.maxFen'))}
          onChange={(fen) => onChange({ maxFen: fen ?? Number.NaN })}
        />
      </Field>
    </div>
  );
}

function WindowsEditor({ windows, onChange, testId }: { windows: TimeWindow[]; onChange: (w: TimeWindow[]) => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="windows">
      {windows.map((w, i) => (
        <span key={i} className="window">
          <input
            type="time"
            aria-label={t('policy.form.from')}
            data-testid={`${testId}-${i}-from`}
            value={w.from}
            onChange={(e) => onChange(windows.map((x, j) => (j === i ? { ...x, from: e.target.value } : x)))}
          />
          –
          <input
            type="time"
            aria-label={t('policy.form.to')}
            data-testid={`${testId}-${i}-to`}
            value={w.to === '24:00' ? '23:59' : w.to}
            onChange={(e) => onChange(windows.map((x, j) => (j === i ? { ...x, to: e.target.value } : x)))}
          />
          <button
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={t('common.delete')}
            onClick={() => onChange(windows.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </span>
      ))}
      <button
        type="button"
        className="btn btn-link"
        data-testid={`${testId}-add`}
        onClick={() => onChange([...windows, { from: '09:00', to: '18:00' }])}
      >
        {t('policy.form.addWindow')}
      </button>
    </div>
  );
}

/** 用车时段: the purposes allowed, each at any time or only inside its time windows. */
export function CarHoursForm({ params, onChange, errors, testId }: ParamsFormProps<ParamsOf<'car_hours'>>) {
  const { t } = useTranslation();
  const byPurpose = new Map(params.purposes.map((p) => [p.purpose, p]));
  const set = (purposes: CarPurposeWindows[]) =>
    onChange({ purposes: CAR_PURPOSES.flatMap((p) => purposes.filter((x) => x.purpose === p)) });
  return (
    <div className="car-hours" data-testid={`${testId}-purposes`}>
      {errorAt(errors, 'params.purposes') ? <p className="field-error">{errorAt(errors, 'params.purposes')}</p> : null}
      {CAR_PURPOSES.map((purpose) => {
        const entry = byPurpose.get(purpose);
        return (
          <div key={purpose} className="purpose-row">
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid={`${testId}-purpose-${purpose}`}
                checked={Boolean(entry)}
                onChange={(e) =>
                  set(e.target.checked ? [...params.purposes, { purpose }] : params.purposes.filter((p) => p.purpose !== purpose))
                }
              />
              <span>{t(`policy.purpose.${purpose}`)}</span>
            </label>
            {entry ? (
              entry.windows ? (
                <WindowsEditor
                  windows={entry.windows}
                  testId={`${testId}-${purpose}-window`}
                  onChange={(windows) =>
                    set(params.purposes.map((p) => (p.purpose === purpose ? (windows.length > 0 ? { purpose, windows } : { purpose }) : p)))
                  }
                />
              ) : (
                <span className="muted small">
                  {t('policy.form.anyTime')}{' '}
                  <button
                    type="button"
                    className="btn btn-link"
                    onClick={() =>
                      set(params.purposes.map((p) => (p.purpose === purpose ? { purpose, windows: [{ from: '21:00', to: '06:00' }] } : p)))
                    }
                  >
                    {t('policy.form.limitHours')}
                  </button>
                </span>
              )
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SeatClass, TravelOption } from '../../../api/types';
import { CABINS, CAR_LEVELS, CAR_PURPOSES, SEATS, SLEEPERS, TRAIN_TYPES } from '../../../api/values';
import { CitySelect } from '../../../components/CitySelect';
import { MoneyInput } from '../../../components/MoneyInput';
import { capitalised } from '../../../lib/format';
import { NumberInput, OptionSelect } from '../forms/inputs';
import { isoToLocal, localToIso } from './samples';

const SEAT_CLASSES: readonly SeatClass[] = [...SEATS, ...SLEEPERS];

function Labeled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="leg-field">
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

/** The few fields of one sample option that matter to the rules. */
export function OptionEditor({ option, onChange, testId }: { option: TravelOption; onChange: (o: TravelOption) => void; testId: string }) {
  const { t } = useTranslation();
  const money = (value: number | null, set: (fen: number) => void, name: string) => (
    <MoneyInput testId={`${testId}-${name}`} value={value} onChange={(fen) => set(fen ?? 0)} />
  );
  switch (option.category) {
    case 'flight': {
      const o = option;
      return (
        <div className="option-grid">
          <Labeled label={t('travel.form.fromCity')}>
            <CitySelect testId={`${testId}-origin`} value={o.origin} onChange={(origin) => onChange({ ...o, origin })} />
          </Labeled>
          <Labeled label={t('travel.form.toCity')}>
            <CitySelect
              testId={`${testId}-destination`}
              value={o.destination}
              onChange={(destination) => onChange({ ...o, destination })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.cabin')}>
            <OptionSelect
              testId={`${testId}-cabin`}
              value={o.cabin}
              options={CABINS}
              label={(c) => capitalised(t(`policy.cabin.${c}`))}
              onChange={(cabin) => onChange({ ...o, cabin })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.fare')}>{money(o.fareFen, (fareFen) => onChange({ ...o, fareFen }), 'fare')}</Labeled>
          <Labeled label={t('policy.preview.fullFare')}>
            {money(o.fullEconomyFareFen, (fullEconomyFareFen) => onChange({ ...o, fullEconomyFareFen }), 'full')}
          </Labeled>
          <Labeled label={t('policy.preview.businessFare')}>
            {money(o.businessFareFen, (businessFareFen) => onChange({ ...o, businessFareFen }), 'business')}
          </Labeled>
          <Labeled label={t('policyClosed.lowestFare')}>
            {/* Blank: not known, so a lowest-fare rule falls to the policy's missing-data setting. */}
            <MoneyInput
              testId={`${testId}-lowest`}
              value={o.lowestFareInWindowFen}
              onChange={(fen) => onChange({ ...o, lowestFareInWindowFen: fen ?? null })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.departure')}>
            <input
              type="datetime-local"
              data-testid={`${testId}-departure`}
              value={isoToLocal(o.departureAt)}
              onChange={(e) => onChange({ ...o, departureAt: localToIso(e.target.value) })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.duration')}>
            <NumberInput
              testId={`${testId}-duration`}
              value={o.durationMinutes}
              min={1}
              suffix={t('policy.form.minutes')}
              onChange={(v) => onChange({ ...o, durationMinutes: v ?? 0 })}
            />
          </Labeled>
        </div>
      );
    }
    case 'hotel': {
      const o = option;
      return (
        <div className="option-grid">
          <Labeled label={t('policy.preview.city')}>
            <CitySelect testId={`${testId}-city`} value={o.cityCode} onChange={(cityCode) => onChange({ ...o, cityCode })} />
          </Labeled>
          <Labeled label={t('policy.preview.nightly')}>
            {money(o.nightlyRateFen, (nightlyRateFen) => onChange({ ...o, nightlyRateFen }), 'nightly')}
          </Labeled>
          <Labeled label={t('policy.preview.starRating')}>
            <NumberInput testId={`${testId}-stars`} value={o.stars} min={1} max={5} onChange={(v) => onChange({ ...o, stars: v ?? 0 })} />
          </Labeled>
          <Labeled label={t('policy.preview.checkIn')}>
            <input
              type="date"
              data-testid={`${testId}-checkin`}
              value={o.checkIn}
              onChange={(e) => onChange({ ...o, checkIn: e.target.value })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.checkOut')}>
            <input
              type="date"
              data-testid={`${testId}-checkout`}
              value={o.checkOut}
              onChange={(e) => onChange({ ...o, checkOut: e.target.value })}
            />
          </Labeled>
        </div>
      );
    }
    case 'train': {
      const o = option;
      return (
        <div className="option-grid">
          <Labeled label={t('travel.form.fromCity')}>
            <CitySelect testId={`${testId}-origin`} value={o.origin} onChange={(origin) => onChange({ ...o, origin })} />
          </Labeled>
          <Labeled label={t('travel.form.toCity')}>
            <CitySelect
              testId={`${testId}-destination`}
              value={o.destination}
              onChange={(destination) => onChange({ ...o, destination })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.trainType')}>
            <OptionSelect
              testId={`${testId}-type`}
              value={o.trainType}
              options={TRAIN_TYPES}
              label={(x) => t('policy.preview.trainTypeLabel', { type: x })}
              onChange={(trainType) => onChange({ ...o, trainType })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.seat')}>
            <OptionSelect
              testId={`${testId}-seat`}
              value={o.seatClass}
              options={SEAT_CLASSES}
              label={(s) => capitalised(t(`policy.seat.${s}`))}
              onChange={(seatClass) => onChange({ ...o, seatClass })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.fare')}>{money(o.fareFen, (fareFen) => onChange({ ...o, fareFen }), 'fare')}</Labeled>
          <Labeled label={t('policy.preview.duration')}>
            <NumberInput
              testId={`${testId}-duration`}
              value={o.durationMinutes}
              min={1}
              suffix={t('policy.form.minutes')}
              onChange={(v) => onChange({ ...o, durationMinutes: v ?? 0 })}
            />
          </Labeled>
          <label className="checkbox">
            <input type="checkbox" checked={o.overnight} onChange={(e) => onChange({ ...o, overnight: e.target.checked })} />
            <span>{t('policy.form.overnight')}</span>
          </label>
        </div>
      );
    }
    case 'car': {
      const o = option;
      return (
        <div className="option-grid">
          <Labeled label={t('policy.preview.carLevel')}>
            <OptionSelect
              testId={`${testId}-level`}
              value={o.serviceLevel}
              options={CAR_LEVELS}
              label={(l) => capitalised(t(`policy.carLevel.${l}`))}
              onChange={(serviceLevel) => onChange({ ...o, serviceLevel })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.fare')}>
            {money(o.estimatedFareFen, (estimatedFareFen) => onChange({ ...o, estimatedFareFen }), 'fare')}
          </Labeled>
          <Labeled label={t('policy.preview.pickup')}>
            <input
              type="datetime-local"
              data-testid={`${testId}-pickup`}
              value={isoToLocal(o.pickupAt)}
              onChange={(e) => onChange({ ...o, pickupAt: localToIso(e.target.value) })}
            />
          </Labeled>
          <Labeled label={t('policy.preview.purpose')}>
            <OptionSelect
              testId={`${testId}-purpose`}
              value={o.purpose}
              options={CAR_PURPOSES}
              label={(p) => capitalised(t(`policy.purpose.${p}`))}
              onChange={(purpose) => onChange({ ...o, purpose })}
            />
          </Labeled>
        </div>
      );
    }
  }
}

import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingCategory } from '../../api/booking';
import { CitySelect } from '../../components/CitySelect';
import { Field } from '../../components/Field';
import type { QueryFields } from './bookingQuery';

interface QueryFormProps {
  category: BookingCategory;
  fields: QueryFields;
  onChange: (fields: QueryFields) => void;
  onSearch: () => void;
  busy: boolean;
  /** Fields found missing or wrong by the last try (their boxes are marked). */
  missing: readonly (keyof QueryFields)[];
  testId?: string;
  /** More controls beside the search button (a checkbox, a link). */
  extra?: ReactNode;
  /** Takes the focus in a dialog (the form comes filled: searching is the next step). */
  autoFocusSearch?: boolean;
}

const LABEL: Record<keyof QueryFields, string> = {
  originCityId: 'origin',
  destinationCityId: 'destination',
  date: 'date',
  cityId: 'city',
  checkIn: 'checkIn',
  checkOut: 'checkOut',
  pickupAt: 'pickupAt',
  from: 'from',
  to: 'to',
  distanceKm: 'distanceKm',
};

/** The query of a search, per category: cities from the geo directory, dates, and for a car the ride. */
export function QueryForm({
  category,
  fields,
  onChange,
  onSearch,
  busy,
  missing,
  testId = 'booking-query',
  extra,
  autoFocusSearch = false,
}: QueryFormProps) {
  const { t } = useTranslation();
  const set = <K extends keyof QueryFields>(key: K, value: QueryFields[K]) => onChange({ ...fields, [key]: value });
  const label = (key: keyof QueryFields) => t(`booking.query.${LABEL[key]}` as 'booking.query.origin');
  const bad = (key: keyof QueryFields) => missing.includes(key);
  const date = (key: 'date' | 'checkIn' | 'checkOut') => (
    <Field label={label(key)} required>
      {(id) => (
        <input
          id={id}
          type="date"
          data-testid={`${testId}-${key}`}
          value={fields[key]}
          aria-invalid={bad(key) || undefined}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );
  const city = (key: 'originCityId' | 'destinationCityId' | 'cityId', test: string) => (
    <Field label={label(key)} required>
      <CitySelect testId={`${testId}-${test}`} value={fields[key]} invalid={bad(key)} onChange={(id) => set(key, id)} />
    </Field>
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <form className="booking-query" data-testid={testId} data-category={category} onSubmit={submit} noValidate>
      <div className="booking-query-grid">
        {category === 'flight' || category === 'train' ? (
          <>
            {city('originCityId', 'origin')}
            {city('destinationCityId', 'destination')}
            {date('date')}
          </>
        ) : null}
        {category === 'hotel' ? (
          <>
            {city('cityId', 'city')}
            {date('checkIn')}
            {date('checkOut')}
          </>
        ) : null}
        {category === 'car' ? (
          <>
            {city('cityId', 'city')}
            <Field label={label('pickupAt')} required>
              {(id) => (
                <input
                  id={id}
                  type="datetime-local"
                  data-testid={`${testId}-pickupAt`}
                  value={fields.pickupAt}
                  aria-invalid={bad('pickupAt') || undefined}
                  onChange={(e) => set('pickupAt', e.target.value)}
                />
              )}
            </Field>
            {(['from', 'to'] as const).map((key) => (
              <Field key={key} label={label(key)} required>
                {(id) => (
                  <input
                    id={id}
                    data-testid={`${testId}-${key}`}
                    value={fields[key]}
                    maxLength={200}
                    aria-invalid={bad(key) || undefined}
                    onChange={(e) => set(key, e.target.value)}
                  />
                )}
              </Field>
            ))}
            <Field label={label('distanceKm')} required>
              {(id) => (
                <input
                  id={id}
                  inputMode="decimal"
                  data-testid={`${testId}-distanceKm`}
                  value={fields.distanceKm}
                  aria-invalid={bad('distanceKm') || undefined}
                  onChange={(e) => set('distanceKm', e.target.value)}
                />
              )}
            </Field>
          </>
        ) : null}
      </div>
      <div className="booking-query-actions">
        <button
          type="submit"
          className="btn btn-primary"
          data-testid={`${testId}-search`}
          disabled={busy}
          data-autofocus={autoFocusSearch || undefined}
        >
          {busy ? t('booking.query.searching') : t('booking.query.search')}
        </button>
        {extra}
        {missing.length > 0 ? (
          <span className="field-error" role="alert" data-testid={`${testId}-missing`}>
            {t('booking.query.missing', { fields: missing.map(label).join('、') })}
          </span>
        ) : null}
      </div>
    </form>
  );
}

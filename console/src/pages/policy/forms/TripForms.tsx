import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Category, ParamsOf } from '../../../api/types';
import { CATEGORIES } from '../../../api/values';
import { CitySelect } from '../../../components/CitySelect';
import { Field } from '../../../components/Field';
import { MoneyInput } from '../../../components/MoneyInput';
import { cityLabel } from '../../../lib/cities';
import { errorAt, type ParamsFormProps } from './inputs';

function CategoriesField<P extends { categories?: Category[] }>({ params, onChange, errors, testId }: ParamsFormProps<P>) {
  const { t } = useTranslation();
  const chosen = params.categories ?? [];
  const toggle = (c: Category) => {
    const next = chosen.includes(c) ? chosen.filter((x) => x !== c) : CATEGORIES.filter((x) => x === c || chosen.includes(x));
    const { categories: _old, ...rest } = params;
    onChange((next.length > 0 ? { ...rest, categories: next } : rest) as P);
  };
  return (
    <Field group label={t('policy.form.categories')} hint={t('policy.form.categoriesHint')} error={errorAt(errors, 'params.categories')}>
      <div className="inline-checks">
        {CATEGORIES.map((c) => (
          <label key={c} className="checkbox">
            <input type="checkbox" data-testid={`${testId}-category-${c}`} checked={chosen.includes(c)} onChange={() => toggle(c)} />
            <span>{t(`policy.group.${c}`)}</span>
          </label>
        ))}
      </div>
    </Field>
  );
}

export function DailyBudgetForm(props: ParamsFormProps<ParamsOf<'trip_daily_budget'>>) {
  const { t } = useTranslation();
  const { params, onChange, errors, testId } = props;
  return (
    <>
      <div className="form-grid">
        <Field label={t('policy.form.maxPerDay')} error={errorAt(errors, 'params.maxFenPerDay')}>
          <MoneyInput
            testId={`${testId}-maxFenPerDay`}
            value={params.maxFenPerDay}
            onChange={(fen) => onChange({ ...params, maxFenPerDay: fen ?? Number.NaN })}
          />
        </Field>
      </div>
      <CategoriesField {...props} />
    </>
  );
}

export function RequiresRequestForm(props: ParamsFormProps<ParamsOf<'trip_requires_approved_request'>>) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted">{t('policy.form.requiresRequestHint')}</p>
      <CategoriesField {...props} />
    </>
  );
}

export function DestinationsForm(props: ParamsFormProps<ParamsOf<'trip_destinations'>>) {
  const { t } = useTranslation();
  const { params, onChange, errors, testId } = props;
  const [city, setCity] = useState('');
  const [countries, setCountries] = useState((params.countries ?? []).join(', '));
  const cities = params.cities ?? [];
  const setCities = (next: string[]) => {
    const { cities: _old, ...rest } = params;
    onChange(next.length > 0 ? { ...rest, cities: next } : rest);
  };
  return (
    <>
      <div className="form-grid">
        <Field label={t('policy.form.destinationMode')} error={errorAt(errors, 'params.mode')}>
          {(id) => (
            <select
              id={id}
              data-testid={`${testId}-mode`}
              value={params.mode}
              onChange={(e) => onChange({ ...params, mode: e.target.value === 'allow' ? 'allow' : 'deny' })}
            >
              <option value="allow">{t('policy.form.destinationAllow')}</option>
              <option value="deny">{t('policy.form.destinationDeny')}</option>
            </select>
          )}
        </Field>
        <Field label={t('policy.form.countries')} hint={t('policy.form.countriesHint')} error={errorAt(errors, 'params.countries')}>
          {(id) => (
            <input
              id={id}
              data-testid={`${testId}-countries`}
              value={countries}
              onChange={(e) => {
                setCountries(e.target.value);
                const list = e.target.value
                  .split(/[,，\s]+/)
                  .map((c) => c.trim().toUpperCase())
                  .filter(Boolean);
                const { countries: _old, ...rest } = params;
                onChange(list.length > 0 ? { ...rest, countries: list } : rest);
              }}
            />
          )}
        </Field>
      </div>
      <Field label={t('policy.form.cities')} error={errorAt(errors, 'params.cities') ?? errors.find((e) => e.path === 'params')?.message}>
        <div className="chip-list">
          {cities.map((code) => (
            <span key={code} className="chip" data-testid={`${testId}-city`}>
              {cityLabel(code)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('common.delete')}
                onClick={() => setCities(cities.filter((c) => c !== code))}
              >
                ×
              </button>
            </span>
          ))}
        </div>
        <div className="override-row">
          <CitySelect testId={`${testId}-city-pick`} value={city} onChange={setCity} />
          <button
            type="button"
            className="btn btn-small"
            disabled={!city || cities.includes(city)}
            data-testid={`${testId}-city-add`}
            onClick={() => {
              setCities([...cities, city]);
              setCity('');
            }}
          >
            {t('policy.form.addCity')}
          </button>
        </div>
      </Field>
      <CategoriesField {...props} />
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { CitySelect } from '../../components/CitySelect';
import { newLeg, type LegProblem, type LegValues } from './requestFormModel';
import { clauseJoin } from '../../lib/lists';

interface ItineraryEditorProps {
  legs: LegValues[];
  problems: Map<string, LegProblem[]>;
  serverError?: string;
  onChange: (legs: LegValues[]) => void;
}

/** 行程: one row per leg (from → to, depart and optional return date). */
export function ItineraryEditor({ legs, problems, serverError, onChange }: ItineraryEditorProps) {
  const { t } = useTranslation();
  const update = (key: string, patch: Partial<LegValues>) => onChange(legs.map((l) => (l.key === key ? { ...l, ...patch } : l)));
  return (
    <div className="legs" data-testid="itinerary">
      {legs.map((leg, index) => {
        const p = problems.get(leg.key) ?? [];
        const has = (what: LegProblem) => p.includes(what);
        return (
          <div className="leg-row" key={leg.key} data-testid="leg-row" data-index={index}>
            <span className="leg-index">{index + 1}</span>
            <label className="leg-field">
              <span className="field-label">{t('travel.form.fromCity')}</span>
              <CitySelect
                testId={`leg-${index}-from`}
                value={leg.fromCity}
                invalid={has('fromCity')}
                onChange={(fromCity) => update(leg.key, { fromCity })}
              />
            </label>
            <span className="leg-arrow" aria-hidden="true">
              →
            </span>
            <label className="leg-field">
              <span className="field-label">{t('travel.form.toCity')}</span>
              <CitySelect
                testId={`leg-${index}-to`}
                value={leg.toCity}
                invalid={has('toCity') || has('sameCity')}
                onChange={(toCity) => update(leg.key, { toCity })}
              />
            </label>
            <label className="leg-field">
              <span className="field-label">{t('travel.form.departDate')}</span>
              <input
                type="date"
                data-testid={`leg-${index}-depart`}
                value={leg.departDate}
                aria-invalid={has('departDate') || undefined}
                onChange={(e) => update(leg.key, { departDate: e.target.value })}
              />
            </label>
            <label className="leg-field">
              <span className="field-label">{t('travel.form.returnDate')}</span>
              <input
                type="date"
                data-testid={`leg-${index}-return`}
                value={leg.returnDate}
                min={leg.departDate || undefined}
                aria-invalid={has('returnDate') || undefined}
                onChange={(e) => update(leg.key, { returnDate: e.target.value })}
              />
            </label>
            <button
              type="button"
              className="btn btn-ghost btn-small leg-remove"
              data-testid={`leg-${index}-remove`}
              disabled={legs.length === 1}
              onClick={() => onChange(legs.filter((l) => l.key !== leg.key))}
            >
              {t('common.delete')}
            </button>
            {p.length > 0 ? (
              <p className="field-error leg-error" role="alert" data-testid={`leg-${index}-error`}>
                {clauseJoin(p.map((what) => t(`travel.form.legProblem.${what}`)))}
              </p>
            ) : null}
          </div>
        );
      })}
      {serverError ? (
        <p className="field-error" role="alert" data-testid="field-error-itinerary">
          {serverError}
        </p>
      ) : null}
      <button
        type="button"
        className="btn btn-small"
        data-testid="leg-add"
        onClick={() => {
          const last = legs[legs.length - 1];
          onChange([...legs, newLeg(last ? { fromCity: last.toCity, departDate: last.returnDate || last.departDate } : {})]);
        }}
      >
        {t('travel.form.addLeg')}
      </button>
    </div>
  );
}

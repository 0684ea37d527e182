import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { policyApi } from '../../../api/policy';
import type { Department, Evaluation, Rank, Rule, TravelOption } from '../../../api/types';
import { CATEGORIES } from '../../../api/values';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { OptionEditor } from './OptionEditor';
import { PreviewResults } from './PreviewResults';
import { PreviewTravellers, type SampleTraveller } from './PreviewTravellers';
import { normaliseOption, optionLabel, SAMPLE_IDS, SAMPLE_OF_CATEGORY, sampleOption } from './samples';

interface SampleOption {
  key: string;
  option: TravelOption;
}

let counter = 0;
const nextKey = () => {
  counter += 1;
  return `o${counter}`;
};

/** 预览: sample travellers × sample options, evaluated against the rules being edited (POST /policies/preview). */
export function PreviewPanel({ rules, ranks, departments }: { rules: Rule[]; ranks: Rank[]; departments: Department[] }) {
  const { t } = useTranslation();
  const [travellers, setTravellers] = useState<SampleTraveller[]>([]);
  const [options, setOptions] = useState<SampleOption[]>(() => [{ key: nextKey(), option: sampleOption('flightEconomy') }]);
  const [result, setResult] = useState<{
    options: SampleOption[];
    travellers: SampleTraveller[];
    evaluations: (Evaluation | undefined)[][];
  } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const sent = options.map((o) => normaliseOption(o.option));
      const answer = await policyApi.preview({ rules, travellers: travellers.map((x) => x.body), options: sent });
      const evaluations: (Evaluation | undefined)[][] = options.map(() => travellers.map(() => undefined));
      for (const r of answer.results) {
        const row = evaluations[r.optionIndex];
        if (row) row[r.travellerIndex] = r.evaluation;
      }
      setResult({ options, travellers, evaluations });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="preview" data-testid="policy-preview">
      <p className="muted">{t('policy.preview.intro')}</p>
      <section className="card form-card">
        <h3 className="card-title">{t('policy.preview.travellers')}</h3>
        <PreviewTravellers value={travellers} ranks={ranks} departments={departments} onChange={setTravellers} />
      </section>
      <section className="card form-card">
        <h3 className="card-title">{t('policy.preview.options')}</h3>
        <div className="sample-buttons">
          <span className="muted small">{t('policy.preview.samples')}</span>
          {SAMPLE_IDS.map((id) => (
            <button
              key={id}
              type="button"
              className="btn btn-small"
              data-testid={`preview-sample-${id}`}
              onClick={() => setOptions((os) => [...os, { key: nextKey(), option: sampleOption(id) }])}
            >
              {t(`policy.preview.sample.${id}`)}
            </button>
          ))}
        </div>
        <ol className="option-list">
          {options.map((o, i) => (
            <li key={o.key} className="option-item" data-testid="preview-option">
              <div className="option-head">
                <select
                  aria-label={t('policy.preview.category')}
                  value={o.option.category}
                  onChange={(e) => {
                    const category = CATEGORIES.find((c) => c === e.target.value);
                    if (category)
                      setOptions((os) =>
                        os.map((x) => (x.key === o.key ? { ...x, option: sampleOption(SAMPLE_OF_CATEGORY[category]) } : x)),
                      );
                  }}
                >
                  {CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`policy.group.${c}`)}
                    </option>
                  ))}
                </select>
                <span className="strong">{optionLabel(t, o.option)}</span>
                <span className="spacer" />
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  onClick={() => setOptions((os) => os.filter((x) => x.key !== o.key))}
                >
                  {t('common.delete')}
                </button>
              </div>
              <OptionEditor
                testId={`preview-option-${i}`}
                option={o.option}
                onChange={(option) => setOptions((os) => os.map((x) => (x.key === o.key ? { ...x, option } : x)))}
              />
            </li>
          ))}
        </ol>
      </section>
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy || travellers.length === 0 || options.length === 0}
          data-testid="preview-run"
          onClick={() => void run()}
        >
          {busy ? t('policy.preview.running') : t('policy.preview.run')}
        </button>
        {travellers.length === 0 ? <span className="muted small">{t('policy.preview.needTraveller')}</span> : null}
      </div>
      <ErrorNotice error={error} testId="preview-error" />
      {result ? (
        <PreviewResults
          options={result.options.map((o) => ({ key: o.key, label: optionLabel(t, o.option) }))}
          travellers={result.travellers}
          evaluations={result.evaluations}
        />
      ) : null}
    </div>
  );
}

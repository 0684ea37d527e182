import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppliesTo, Rank, Rule } from '../../api/types';
import { PERSONAL_PAY_KINDS, RULE_ACTIONS } from '../../api/values';
import type { FieldError } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { errorAt, NumberInput, OptionSelect } from './forms/inputs';
import { RuleParamsForm } from './forms/RuleParamsForm';

interface RuleDialogProps {
  rule: Rule;
  isNew: boolean;
  ranks: Rank[];
  errors: FieldError[];
  readOnly: boolean;
  onSave: (rule: Rule) => void;
  onClose: () => void;
}

function cleanAppliesTo(a: AppliesTo): AppliesTo | undefined {
  // A default row stands alone: no ranks or levels beside it.
  if (a.otherwise === true) return { otherwise: true };
  const out: AppliesTo = {};
  if (a.ranks && a.ranks.length > 0) out.ranks = a.ranks;
  if (a.minRankLevel !== undefined) out.minRankLevel = a.minRankLevel;
  if (a.maxRankLevel !== undefined) out.maxRankLevel = a.maxRankLevel;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Edits one rule: its kind's params, the action when it fails, and whom it applies to. */
export function RuleDialog({ rule, isNew, ranks, errors, readOnly, onSave, onClose }: RuleDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Rule>(rule);
  const applies = draft.appliesTo ?? {};
  const setApplies = (next: AppliesTo) => {
    const cleaned = cleanAppliesTo(next);
    const { appliesTo: _old, ...rest } = draft;
    setDraft(cleaned ? { ...rest, appliesTo: cleaned } : rest);
  };
  const chosenRanks = applies.ranks ?? [];
  const isDefault = applies.otherwise === true;
  const actions = RULE_ACTIONS.filter((a) => a !== 'personal_pay' || PERSONAL_PAY_KINDS.includes(draft.kind));
  return (
    <Dialog
      title={`${isNew ? t('policy.rules.addTitle') : t('policy.rules.editTitle')}：${t(`policy.kind.${draft.kind}`)}`}
      onClose={onClose}
      testId="rule-dialog"
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="rule-dialog-cancel">
            {t('common.cancel')}
          </button>
          {!readOnly ? (
            <button type="button" className="btn btn-primary" data-testid="rule-dialog-save" onClick={() => onSave(draft)}>
              {t('policy.rules.apply')}
            </button>
          ) : null}
        </>
      }
    >
      <fieldset disabled={readOnly} className="plain-fieldset">
        <p className="muted small">{t(`policy.kindHint.${draft.kind}`)}</p>
        <RuleParamsForm rule={draft} errors={errors} onChange={setDraft} />
        <div className="form-grid">
          <Field
            label={t('policy.rules.action')}
            hint={actions.includes('personal_pay') ? t('policyClosed.personalPayHint') : undefined}
            error={errorAt(errors, 'action')}
          >
            <OptionSelect
              testId="rule-action"
              value={draft.action}
              options={actions}
              label={(a) => t(`policy.action.${a}`)}
              onChange={(action) => setDraft({ ...draft, action })}
            />
          </Field>
          <Field
            group
            label={t('policy.rules.rankLevels')}
            hint={t('policy.rules.rankLevelsHint')}
            error={errorAt(errors, 'appliesTo.minRankLevel') ?? errorAt(errors, 'appliesTo.maxRankLevel')}
          >
            <div className="band-levels">
              <NumberInput
                testId="rule-min-level"
                value={isDefault ? undefined : applies.minRankLevel}
                min={1}
                ariaLabel={t('policy.form.minRankLevel')}
                onChange={(v) => setApplies({ ...applies, minRankLevel: v })}
              />
              <span>–</span>
              <NumberInput
                testId="rule-max-level"
                value={isDefault ? undefined : applies.maxRankLevel}
                min={1}
                ariaLabel={t('policy.form.maxRankLevel')}
                onChange={(v) => setApplies({ ...applies, maxRankLevel: v })}
              />
            </div>
          </Field>
        </div>
        <Field
          group
          label={t('policyClosed.otherwise.label')}
          hint={t('policyClosed.otherwise.hint')}
          error={errorAt(errors, 'appliesTo.otherwise')}
        >
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="rule-otherwise"
              checked={isDefault}
              onChange={(e) => setApplies(e.target.checked ? { otherwise: true } : {})}
            />
            <span>{t('policyClosed.otherwise.badge')}</span>
          </label>
        </Field>
        <Field group label={t('policy.rules.appliesTo')} hint={t('policy.rules.appliesToHint')} error={errorAt(errors, 'appliesTo')}>
          <div className="inline-checks">
            {ranks.map((rank) => (
              <label key={rank.code} className="checkbox">
                <input
                  type="checkbox"
                  disabled={isDefault}
                  data-testid={`rule-rank-${rank.code}`}
                  checked={chosenRanks.includes(rank.code)}
                  onChange={(e) =>
                    setApplies({
                      ...applies,
                      ranks: e.target.checked ? [...chosenRanks, rank.code] : chosenRanks.filter((r) => r !== rank.code),
                    })
                  }
                />
                <span>
                  {rank.name} <span className="muted small">L{rank.level}</span>
                </span>
              </label>
            ))}
          </div>
        </Field>
        {errors
          .filter((e) => e.path === '' || e.path === 'id' || e.path === 'kind')
          .map((e) => (
            <p key={e.path + e.message} className="field-error">
              {e.message}
            </p>
          ))}
      </fieldset>
    </Dialog>
  );
}

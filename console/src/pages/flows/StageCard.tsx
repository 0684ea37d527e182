import { useTranslation } from 'react-i18next';
import type { FallbackRule, StageDefinition } from '../../api/types';
import { TIMEOUT_ACTIONS } from '../../api/values';
import type { FieldError } from '../../api/errors';
import { Field } from '../../components/Field';
import { messagesAt } from '../../lib/paths';
import { NumberInput, OptionSelect } from '../policy/forms/inputs';
import { ApproverRuleFields } from './ApproverRuleFields';
import { CcEditor } from './CcEditor';
import { withApprovers } from './flowModel';

interface StageCardProps {
  stage: StageDefinition;
  index: number;
  count: number;
  errors: FieldError[];
  onChange: (stage: StageDefinition) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

const hours = (minutes: number | undefined) => (minutes === undefined ? undefined : Math.round((minutes / 60) * 100) / 100);
const minutes = (h: number | undefined) => (h === undefined ? Number.NaN : Math.round(h * 60));

/** One stage: name, approvers, 或签 / 会签, timeout and what to do when nobody is left to approve. */
export function StageCard({ stage, index, count, errors, onChange, onMove, onRemove }: StageCardProps) {
  const { t } = useTranslation();
  const testId = `stage-${index}`;
  const err = (path: string) => messagesAt(errors, path);
  const timeout = stage.timeout;
  const empty = stage.onEmpty;
  return (
    <li className="card stage-card" data-testid="flow-stage">
      <header className="stage-head">
        <span className="stepper-dot">{index + 1}</span>
        <input
          aria-label={t('flows.editor.stageName')}
          data-testid={`${testId}-name`}
          value={stage.name}
          aria-invalid={Boolean(err('name')) || undefined}
          onChange={(e) => onChange({ ...stage, name: e.target.value })}
        />
        <button
          type="button"
          className="btn btn-ghost btn-small"
          disabled={index === 0}
          aria-label={t('flows.editor.moveUp')}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-small"
          disabled={index === count - 1}
          aria-label={t('flows.editor.moveDown')}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
        <button type="button" className="btn btn-danger-ghost btn-small" data-testid={`${testId}-remove`} onClick={onRemove}>
          {t('common.delete')}
        </button>
      </header>
      <div className="form-grid">
        <Field group label={t('flows.editor.approvers')} error={err('approvers')}>
          <ApproverRuleFields
            testId={`${testId}-approvers`}
            rule={stage.approvers}
            error={err('approvers')}
            onChange={(approvers) => onChange(withApprovers(stage, approvers))}
          />
        </Field>
        <Field label={t('flows.editor.mode')} error={err('mode')}>
          {(id) => (
            <select
              id={id}
              data-testid={`${testId}-mode`}
              value={stage.mode}
              onChange={(e) => onChange({ ...stage, mode: e.target.value === 'all' ? 'all' : 'any' })}
            >
              <option value="any">{t('approvals.mode.any')}</option>
              <option value="all">{t('approvals.mode.all')}</option>
            </select>
          )}
        </Field>
        <Field group label={t('flows.editor.timeout')} error={err('timeout')}>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid={`${testId}-timeout`}
              checked={Boolean(timeout)}
              onChange={(e) => {
                const { timeout: _old, ...rest } = stage;
                onChange(e.target.checked ? { ...rest, timeout: { afterMinutes: 1440, action: 'remind' } } : rest);
              }}
            />
            <span>{t('flows.editor.timeoutEnable')}</span>
          </label>
          {timeout ? (
            <div className="timeout-row">
              <NumberInput
                testId={`${testId}-timeout-hours`}
                value={hours(timeout.afterMinutes)}
                min={0.5}
                step={0.5}
                suffix={t('flows.editor.hours')}
                ariaLabel={t('flows.editor.timeoutHours')}
                invalid={Boolean(err('timeout.afterMinutes'))}
                onChange={(v) => onChange({ ...stage, timeout: { ...timeout, afterMinutes: minutes(v) } })}
              />
              <OptionSelect
                testId={`${testId}-timeout-action`}
                value={timeout.action}
                options={TIMEOUT_ACTIONS}
                ariaLabel={t('flows.editor.timeoutAction')}
                label={(a) => t(`flows.timeoutAction.${a}`)}
                onChange={(action) => onChange({ ...stage, timeout: { afterMinutes: timeout.afterMinutes, action } })}
              />
              {timeout.action === 'remind' ? (
                <NumberInput
                  testId={`${testId}-remind-every`}
                  value={hours(timeout.remindEveryMinutes)}
                  min={0.5}
                  step={0.5}
                  suffix={t('flows.editor.remindEvery')}
                  ariaLabel={t('flows.editor.remindEveryLabel')}
                  invalid={Boolean(err('timeout.remindEveryMinutes'))}
                  onChange={(v) => {
                    const { remindEveryMinutes: _old, ...rest } = timeout;
                    onChange({ ...stage, timeout: v === undefined ? rest : { ...rest, remindEveryMinutes: minutes(v) } });
                  }}
                />
              ) : null}
            </div>
          ) : null}
        </Field>
        <Field group label={t('flows.editor.onEmpty')} error={err('onEmpty')}>
          <select
            aria-label={t('flows.editor.onEmpty')}
            data-testid={`${testId}-on-empty`}
            value={empty.kind}
            onChange={(e) => {
              const kind = e.target.value;
              onChange({
                ...stage,
                onEmpty:
                  kind === 'fallback'
                    ? { kind, to: { kind: 'role', role: 'travel_admin' } }
                    : kind === 'fail'
                      ? { kind }
                      : { kind: 'skip' },
              });
            }}
          >
            <option value="skip">{t('flows.onEmpty.skip')}</option>
            <option value="fail">{t('flows.onEmpty.fail')}</option>
            <option value="fallback">{t('flows.onEmpty.fallback')}</option>
          </select>
          {empty.kind === 'fallback' ? (
            <ApproverRuleFields
              testId={`${testId}-fallback`}
              fallbackOnly
              rule={empty.to}
              error={err('onEmpty.to')}
              onChange={(to) => {
                if (to.kind === 'role' || to.kind === 'user')
                  onChange({ ...stage, onEmpty: { kind: 'fallback', to: to satisfies FallbackRule } });
              }}
            />
          ) : null}
        </Field>
        <Field group label={t('approvalOrg.cc.title')} error={err('cc')}>
          <CcEditor
            testId={`${testId}-cc`}
            hint={t('approvalOrg.cc.stageHint')}
            value={stage.cc}
            onChange={(cc) => {
              const { cc: _old, ...rest } = stage;
              onChange(cc === undefined ? rest : { ...rest, cc });
            }}
          />
        </Field>
      </div>
      {errors.length > 0 ? (
        <ul className="field-error plain-list" data-testid={`${testId}-errors`}>
          {errors.map((e) => (
            <li key={e.path + e.message}>
              {e.path ? <code>{e.path}</code> : null} {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

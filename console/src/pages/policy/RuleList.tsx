import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rank, Rule, RuleKind } from '../../api/types';
import { RULE_KINDS } from '../../api/values';
import type { FieldError } from '../../api/errors';
import { defaultRule, groupOfKind, newRuleId, RULE_GROUPS, ruleSummary, type RuleGroup } from './ruleModel';
import { RuleDialog } from './RuleDialog';
import { ActionBadge } from './ActionBadge';
import { clauseJoin, listJoin } from '../../lib/lists';

interface RuleListProps {
  rules: Rule[];
  errorsByIndex: Map<number, FieldError[]>;
  ranks: Rank[];
  readOnly: boolean;
  onChange: (rules: Rule[]) => void;
}

type Editing = { index: number; rule: Rule; isNew: boolean } | null;

function AddRule({ group, onAdd }: { group: RuleGroup; onAdd: (kind: RuleKind) => void }) {
  const { t } = useTranslation();
  const kinds = RULE_KINDS.filter((k) => groupOfKind(k) === group);
  return (
    <select
      className="add-rule"
      data-testid={`rule-add-${group}`}
      aria-label={t('policy.rules.add')}
      value=""
      onChange={(e) => {
        const kind = kinds.find((k) => k === e.target.value);
        if (kind) onAdd(kind);
      }}
    >
      <option value="">{t('policy.rules.add')}</option>
      {kinds.map((k) => (
        <option key={k} value={k}>
          {t(`policy.kind.${k}`)}
        </option>
      ))}
    </select>
  );
}

/** The draft's rules grouped by category (机票 / 酒店 / 火车 / 用车 / 行程), with add, edit and remove. */
export function RuleList({ rules, errorsByIndex, ranks, readOnly, onChange }: RuleListProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const rankName = new Map(ranks.map((r) => [r.code, r.name]));
  const indexed = rules.map((rule, index) => ({ rule, index }));

  const appliesText = (rule: Rule) => {
    const a = rule.appliesTo;
    if (!a) return t('policy.rules.everyone');
    if (a.otherwise) return t('policyClosed.otherwise.label');
    const parts: string[] = [];
    if (a.ranks?.length) parts.push(listJoin(a.ranks.map((r) => rankName.get(r) ?? r)));
    if (a.minRankLevel !== undefined || a.maxRankLevel !== undefined)
      parts.push(t('policy.rules.levels', { min: a.minRankLevel ?? 1, max: a.maxRankLevel ?? '∞' }));
    return clauseJoin(parts);
  };

  return (
    <div className="rule-groups" data-testid="rule-list">
      {RULE_GROUPS.map((group) => {
        const items = indexed.filter(({ rule }) => groupOfKind(rule.kind) === group);
        return (
          <section key={group} className="card rule-group" data-testid={`rule-group-${group}`}>
            <header className="rule-group-head">
              <h3>{t(`policy.group.${group}`)}</h3>
              <span className="muted small">{t('policy.rules.count', { count: items.length })}</span>
              <span className="spacer" />
              {!readOnly ? (
                <AddRule
                  group={group}
                  onAdd={(kind) => setEditing({ index: rules.length, rule: defaultRule(kind, newRuleId(kind, rules)), isNew: true })}
                />
              ) : null}
            </header>
            {items.length === 0 ? <p className="muted small rule-empty">{t('policy.rules.none')}</p> : null}
            <ul className="rule-items">
              {items.map(({ rule, index }) => {
                const errors = errorsByIndex.get(index) ?? [];
                return (
                  <li
                    key={rule.id}
                    className={errors.length > 0 ? 'rule-item rule-invalid' : 'rule-item'}
                    data-testid="rule-item"
                    data-rule-id={rule.id}
                    data-kind={rule.kind}
                    data-index={index}
                  >
                    <div className="rule-main">
                      <span className="strong">{t(`policy.kind.${rule.kind}`)}</span>
                      <span className="rule-summary">{ruleSummary(t, rule)}</span>
                      <span className="muted small">{appliesText(rule)}</span>
                      {errors.length > 0 ? (
                        <ul className="field-error rule-errors" data-testid="rule-errors">
                          {errors.map((e) => (
                            <li key={e.path + e.message}>
                              {e.path ? <code>{e.path}</code> : null} {e.message}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </div>
                    <ActionBadge action={rule.action} />
                    <div className="rule-buttons">
                      <button
                        type="button"
                        className="btn btn-small btn-ghost"
                        data-testid="rule-edit"
                        onClick={() => setEditing({ index, rule, isNew: false })}
                      >
                        {readOnly ? t('policy.rules.view') : t('policy.rules.edit')}
                      </button>
                      {!readOnly ? (
                        <button
                          type="button"
                          className="btn btn-small btn-danger-ghost"
                          data-testid="rule-remove"
                          onClick={() => onChange(rules.filter((_, i) => i !== index))}
                        >
                          {t('common.delete')}
                        </button>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {editing ? (
        <RuleDialog
          key={editing.rule.id}
          rule={editing.rule}
          isNew={editing.isNew}
          ranks={ranks}
          readOnly={readOnly}
          errors={editing.isNew ? [] : (errorsByIndex.get(editing.index) ?? [])}
          onClose={() => setEditing(null)}
          onSave={(rule) => {
            onChange(editing.isNew ? [...rules, rule] : rules.map((r, i) => (i === editing.index ? rule : r)));
            setEditing(null);
          }}
        />
      ) : null}
    </div>
  );
}

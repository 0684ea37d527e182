import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/org';
import type { ApproverRule } from '../../api/types';
import { APPROVER_RULE_KINDS } from '../../api/values';
import { EmployeePicker } from '../../components/EmployeePicker';
import { roleLabel } from '../../lib/roles';
import { useLoad } from '../../lib/useLoad';
import { NumberInput } from '../policy/forms/inputs';
import { APPROVER_ROLES, defaultApprovers } from './flowModel';
import { PeopleField } from './PeopleField';

function UserField({
  userId,
  onChange,
  testId,
  invalid,
}: {
  userId: string;
  onChange: (id: string) => void;
  testId: string;
  invalid?: boolean;
}) {
  const person = useLoad(
    () =>
      userId ? orgApi.employee(userId).then((e) => ({ id: e.id, name: e.name, departmentName: e.departmentName })) : Promise.resolve(null),
    userId,
  );
  const value = userId ? (person.data ?? { id: userId, name: person.loading ? '…' : userId }) : null;
  const { t } = useTranslation();
  return (
    <EmployeePicker
      testId={testId}
      value={value}
      invalid={invalid}
      ariaLabel={t('flows.editor.approverPerson')}
      onChange={(e) => onChange(e?.id ?? '')}
    />
  );
}

interface ApproverRuleFieldsProps {
  rule: ApproverRule;
  onChange: (rule: ApproverRule) => void;
  testId: string;
  /** Only 'role' and 'user' (an empty stage's fallback). */
  fallbackOnly?: boolean;
  error?: string;
}

/**
 * 审批人规则: 直属上级 / 逐级上级 N 级 / 部门负责人 / 角色 / 指定人员 / 指定多人 / 项目负责人 / 成本中心负责人 /
 * 每位出行人的直属上级 / 发起人自选, with its parameter.
 */
export function ApproverRuleFields({ rule, onChange, testId, fallbackOnly, error }: ApproverRuleFieldsProps) {
  const { t } = useTranslation();
  const kinds = fallbackOnly ? APPROVER_RULE_KINDS.filter((k) => k === 'role' || k === 'user') : APPROVER_RULE_KINDS;
  return (
    <div className="approver-rule">
      <select
        data-testid={`${testId}-kind`}
        aria-label={t('flows.editor.approvers')}
        value={rule.kind}
        onChange={(e) => {
          const kind = kinds.find((k) => k === e.target.value);
          if (kind) onChange(defaultApprovers(kind));
        }}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`flows.approver.${k}`)}
          </option>
        ))}
      </select>
      {rule.kind === 'manager_chain' ? (
        <NumberInput
          testId={`${testId}-levels`}
          value={rule.levels}
          min={1}
          max={10}
          suffix={t('flows.editor.levels')}
          ariaLabel={t('flows.editor.levelsLabel')}
          invalid={Boolean(error)}
          onChange={(v) => onChange({ ...rule, levels: v ?? Number.NaN })}
        />
      ) : null}
      {rule.kind === 'department_head' ? (
        <select
          data-testid={`${testId}-of`}
          aria-label={t('flows.editor.whichDepartment')}
          value={rule.of}
          onChange={(e) => onChange({ ...rule, of: e.target.value === 'parent' ? 'parent' : 'requester' })}
        >
          <option value="requester">{t('flows.editor.ownDepartment')}</option>
          <option value="parent">{t('flows.editor.parentDepartment')}</option>
        </select>
      ) : null}
      {rule.kind === 'role' ? (
        <select
          data-testid={`${testId}-role`}
          aria-label={t('flows.editor.approverRole')}
          value={rule.role}
          aria-invalid={Boolean(error) || undefined}
          onChange={(e) => onChange({ ...rule, role: e.target.value })}
        >
          {APPROVER_ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabel(t, r)}
            </option>
          ))}
        </select>
      ) : null}
      {rule.kind === 'users' ? (
        <>
          <PeopleField
            testId={`${testId}-users`}
            label={t('approvalOrg.people.label')}
            ids={rule.userIds}
            invalid={Boolean(error)}
            onChange={(userIds) => onChange({ ...rule, userIds })}
          />
          <p className="muted small">{t('approvalOrg.people.usersHint')}</p>
        </>
      ) : null}
      {rule.kind === 'requester_choice' ? (
        <>
          <PeopleField
            testId={`${testId}-candidates`}
            label={t('approvalOrg.people.candidatesLabel')}
            ids={rule.candidateIds}
            invalid={Boolean(error)}
            onChange={(candidateIds) => onChange({ ...rule, candidateIds })}
          />
          <p className="muted small">{t('approvalOrg.people.candidatesHint')}</p>
        </>
      ) : null}
      {rule.kind === 'traveller_managers' ? <p className="muted small">{t('approvalOrg.people.travellerManagersHint')}</p> : null}
      {rule.kind === 'cost_centre_owner' ? <p className="muted small">{t('approvalOrg.people.costCentreHint')}</p> : null}
      {rule.kind === 'user' ? (
        <UserField
          testId={`${testId}-user`}
          userId={rule.userId}
          invalid={Boolean(error)}
          onChange={(userId) => onChange({ ...rule, userId })}
        />
      ) : null}
    </div>
  );
}

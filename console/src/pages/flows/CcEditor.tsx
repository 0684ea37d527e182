import { useTranslation } from 'react-i18next';
import type { CcRecipient } from '../../api/types';
import { roleLabel } from '../../lib/roles';
import { APPROVER_ROLES } from './flowModel';
import { PeopleField } from './PeopleField';

interface CcEditorProps {
  value: CcRecipient[] | undefined;
  onChange: (cc: CcRecipient[] | undefined) => void;
  testId: string;
  hint: string;
}

/** 抄送: named people and roles told (with read access) when a stage is approved or the approval ends. */
export function CcEditor({ value, onChange, testId, hint }: CcEditorProps) {
  const { t } = useTranslation();
  const list = value ?? [];
  const users = list.flatMap((r) => (r.kind === 'user' ? [r.userId] : []));
  const roles = list.flatMap((r) => (r.kind === 'role' ? [r.role] : []));
  const set = (nextUsers: string[], nextRoles: string[]) => {
    const next: CcRecipient[] = [
      ...nextUsers.map((userId) => ({ kind: 'user' as const, userId })),
      ...nextRoles.map((role) => ({ kind: 'role' as const, role })),
    ];
    onChange(next.length === 0 ? undefined : next);
  };
  const freeRoles = APPROVER_ROLES.filter((r) => !roles.includes(r));
  return (
    <div className="cc-editor" data-testid={testId}>
      <p className="muted small">{hint}</p>
      <PeopleField testId={`${testId}-people`} label={t('approvalOrg.cc.person')} ids={users} onChange={(ids) => set(ids, roles)} />
      <ul className="chip-list">
        {roles.map((role) => (
          <li key={role} className="chip" data-testid={`${testId}-role-chip`} data-role={role}>
            <span>{roleLabel(t, role)}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('approvalOrg.people.remove', { name: roleLabel(t, role) })}
              onClick={() =>
                set(
                  users,
                  roles.filter((r) => r !== role),
                )
              }
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {freeRoles.length > 0 ? (
        <select
          data-testid={`${testId}-add-role`}
          aria-label={t('approvalOrg.cc.role')}
          value=""
          onChange={(e) => {
            const role = freeRoles.find((r) => r === e.target.value);
            if (role) set(users, [...roles, role]);
          }}
        >
          <option value="">{t('approvalOrg.cc.addRole')}</option>
          {freeRoles.map((r) => (
            <option key={r} value={r}>
              {roleLabel(t, r)}
            </option>
          ))}
        </select>
      ) : null}
    </div>
  );
}

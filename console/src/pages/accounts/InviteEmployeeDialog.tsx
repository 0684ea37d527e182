import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsApi, ENTERPRISE_ROLES } from '../../api/accounts';
import type { EnterpriseRole, InvitationCreated } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { RoleChecklist } from './RoleChecklist';

/** A travel admin invites an employee of the enterprise, with enterprise roles. */
export function InviteEmployeeDialog({ onCreated, onClose }: { onCreated: (created: InvitationCreated) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [employee, setEmployee] = useState<PickedEmployee | null>(null);
  const [roles, setRoles] = useState<EnterpriseRole[]>(['traveller']);
  const [problems, setProblems] = useState<{ employee?: string; roles?: string }>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      employee: employee ? undefined : t('accounts.inviteEmployeeRequired'),
      roles: roles.length > 0 ? undefined : t('accounts.rolesRequired'),
    };
    setProblems(next);
    if (!employee || next.roles) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await accountsApi.invite(employee.id, roles));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('accounts.inviteTitle')}
      onClose={onClose}
      testId="invite-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="invite-form" className="btn btn-primary" data-testid="invite-submit" disabled={busy}>
            {t('accounts.inviteSubmit')}
          </button>
        </>
      }
    >
      <form id="invite-form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorNotice error={error} testId="invite-error" />
        <Field
          label={t('accounts.inviteEmployee')}
          htmlFor="invite-employee"
          hint={t('accounts.inviteEmployeeHint')}
          required
          error={problems.employee}
        >
          <EmployeePicker
            testId="invite-employee"
            id="invite-employee"
            value={employee}
            onChange={setEmployee}
            invalid={Boolean(problems.employee)}
          />
        </Field>
        <Field group label={t('accounts.inviteRoles')} required error={problems.roles}>
          <RoleChecklist roles={ENTERPRISE_ROLES} value={roles} onChange={setRoles} testId="invite-roles" />
        </Field>
      </form>
    </Dialog>
  );
}

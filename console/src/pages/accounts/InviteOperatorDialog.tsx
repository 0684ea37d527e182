import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OPERATOR_ROLES, operatorAccountsApi } from '../../api/accounts';
import { fieldErrorsOf } from '../../api/errors';
import type { InvitationCreated, OperatorRole } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { RoleChecklist } from './RoleChecklist';

const FIELDS = ['displayName', 'email', 'roles'] as const;

/** A platform admin invites a new member of the operator's staff, with operator roles. */
export function InviteOperatorDialog({ onCreated, onClose }: { onCreated: (created: InvitationCreated) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<OperatorRole[]>(['agent']);
  const [problems, setProblems] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      displayName: displayName.trim() ? undefined : t('tenants.required'),
      email: email.trim() ? undefined : t('tenants.required'),
      roles: roles.length > 0 ? undefined : t('accounts.rolesRequired'),
    };
    setProblems(next);
    if (next.displayName || next.email || next.roles) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await operatorAccountsApi.invite({ displayName: displayName.trim(), email: email.trim(), roles }));
    } catch (err) {
      setProblems(mapFieldErrors(fieldErrorsOf(err), FIELDS).byField);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('accounts.inviteOperator')}
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
        <Field label={t('accounts.operatorName')} htmlFor="invite-name" required error={problems.displayName}>
          <input
            id="invite-name"
            data-testid="invite-name"
            value={displayName}
            maxLength={50}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </Field>
        <Field label={t('accounts.operatorEmail')} htmlFor="invite-email" required error={problems.email}>
          <input
            id="invite-email"
            type="email"
            data-testid="invite-email"
            value={email}
            maxLength={254}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field group label={t('accounts.inviteRoles')} required error={problems.roles}>
          <RoleChecklist roles={OPERATOR_ROLES} value={roles} onChange={setRoles} testId="invite-roles" />
        </Field>
      </form>
    </Dialog>
  );
}

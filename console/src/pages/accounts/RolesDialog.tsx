import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { RoleChecklist } from './RoleChecklist';

interface RolesDialogProps<R extends string> {
  account: Account;
  roles: readonly R[];
  save: (roles: R[]) => Promise<unknown>;
  onSaved: () => void;
  onClose: () => void;
}

/** Grants and revokes an account's roles (several per person), effective at once. */
export function RolesDialog<R extends string>({ account, roles, save, onSaved, onClose }: RolesDialogProps<R>) {
  const { t } = useTranslation();
  const [value, setValue] = useState<R[]>(roles.filter((r) => account.roles.includes(r)));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (value.length === 0) {
      setProblem(t('accounts.rolesRequired'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await save(value);
      onSaved();
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('accounts.rolesTitle', { name: account.displayName })}
      onClose={onClose}
      testId="roles-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="roles-form" className="btn btn-primary" data-testid="roles-save" disabled={busy}>
            {t('common.save')}
          </button>
        </>
      }
    >
      <form id="roles-form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorNotice error={error} testId="roles-error" />
        <Field group label={t('accounts.roles')} hint={t('accounts.rolesHint')} required error={problem}>
          <RoleChecklist roles={roles} value={value} onChange={setValue} testId="roles" />
        </Field>
      </form>
    </Dialog>
  );
}

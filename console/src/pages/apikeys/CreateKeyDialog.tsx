import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiKeysApi } from '../../api/apiKeys';
import type { ApiKeyCreated, ApiKeyScope } from '../../api/types';
import { API_KEY_SCOPES } from '../../api/values';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { SCOPE_LABELS, endOfLocalDay } from './scopes';
import { SecretReveal } from './SecretReveal';

interface CreateKeyDialogProps {
  onCreated: (created: ApiKeyCreated) => void;
  onClose: () => void;
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Create-key form; after creation the same dialog shows the secret exactly once. */
export function CreateKeyDialog({ onCreated, onClose }: CreateKeyDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['org:read']);
  const [expiresOn, setExpiresOn] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<{ name?: string; scopes?: string }>({});
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      name: name.trim() ? undefined : t('apiKeys.nameRequired'),
      scopes: scopes.length > 0 ? undefined : t('apiKeys.scopeRequired'),
    };
    setProblems(next);
    if (next.name || next.scopes) return;
    setBusy(true);
    setError(null);
    try {
      const expiresAt = endOfLocalDay(expiresOn);
      const created = await apiKeysApi.create({ name: name.trim(), scopes, ...(expiresAt ? { expiresAt } : {}) });
      setSecret(created.secret);
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (secret) {
    return (
      <Dialog
        key="secret"
        title={t('apiKeys.secretTitle')}
        onClose={onClose}
        dismissible={false}
        testId="apikey-secret-dialog"
        footer={
          <button type="button" className="btn btn-primary" data-testid="apikey-secret-done" onClick={onClose}>
            {t('apiKeys.secretDone')}
          </button>
        }
      >
        <SecretReveal secret={secret} />
      </Dialog>
    );
  }

  const toggle = (scope: ApiKeyScope) =>
    setScopes((current) => (current.includes(scope) ? current.filter((s) => s !== scope) : [...current, scope]));

  return (
    <Dialog
      key="form"
      title={t('apiKeys.createTitle')}
      onClose={onClose}
      testId="apikey-create-dialog"
      footer={
        <>
          <button type="button" className="btn" data-testid="apikey-cancel" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="apikey-create-form" className="btn btn-primary" data-testid="apikey-create-submit" disabled={busy}>
            {t('common.create')}
          </button>
        </>
      }
    >
      <form id="apikey-create-form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorNotice error={error} testId="apikey-create-error" />
        <Field label={t('apiKeys.name')} htmlFor="apikey-name" required error={problems.name}>
          <input id="apikey-name" data-testid="apikey-name" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field group label={t('apiKeys.scopes')} required error={problems.scopes}>
          <div className="checkbox-list">
            {API_KEY_SCOPES.map((scope) => (
              <label key={scope} className="checkbox">
                <input
                  type="checkbox"
                  data-testid={`apikey-scope-${scope}`}
                  checked={scopes.includes(scope)}
                  onChange={() => toggle(scope)}
                />
                <span>
                  {t(SCOPE_LABELS[scope])} <code>{scope}</code>
                </span>
              </label>
            ))}
          </div>
        </Field>
        <Field label={t('apiKeys.expiresAtOptional')} htmlFor="apikey-expires">
          <input
            id="apikey-expires"
            type="date"
            data-testid="apikey-expires"
            min={todayIso()}
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
          />
        </Field>
      </form>
    </Dialog>
  );
}

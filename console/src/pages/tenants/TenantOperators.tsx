import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { operatorAccountsApi } from '../../api/accounts';
import { tenantsApi } from '../../api/tenants';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { roleLabel } from '../../lib/roles';
import { useLoad } from '../../lib/useLoad';

/** Staff who serve an enterprise by assignment (platform admins and auditors see every enterprise anyway). */
const ASSIGNABLE = new Set(['agent', 'account_manager', 'operations', 'supervisor']);

/** Which operator staff serve the enterprise: check and save. */
export function TenantOperators({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const staff = useLoad(() => operatorAccountsApi.list(), 'operator-staff');
  const assigned = useLoad(() => tenantsApi.operators(tenantId), `tenant-operators-${tenantId}`);
  // null until the user changes something: the saved assignment shows until then.
  const [edited, setEdited] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  const chosen = edited ?? (assigned.data ?? []).map((o) => o.accountId);

  const candidates = (staff.data ?? []).filter((a) => a.status === 'active' && a.roles.some((r) => ASSIGNABLE.has(r)));
  const toggle = (id: string) => setEdited(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id]);

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await tenantsApi.setOperators(tenantId, chosen);
      setSaved(true);
      setEdited(null);
      assigned.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="tenant-operators">
      <p className="muted">{t('tenants.operatorsHint')}</p>
      <ErrorNotice error={staff.error ?? assigned.error ?? error} />
      {saved ? (
        <Notice kind="success" testId="tenant-operators-saved" onDismiss={() => setSaved(false)} dismissLabel={t('common.close')}>
          {t('tenants.operatorsSaved')}
        </Notice>
      ) : null}
      <div className="checkbox-list">
        {candidates.map((a) => (
          <label key={a.id} className="checkbox">
            <input type="checkbox" data-testid={`tenant-operator-${a.id}`} checked={chosen.includes(a.id)} onChange={() => toggle(a.id)} />
            <span>
              {a.displayName} <span className="muted">{a.roles.map((r) => roleLabel(t, r)).join('、')}</span>
            </span>
          </label>
        ))}
      </div>
      {!staff.loading && candidates.length === 0 ? <p className="muted">{t('tenants.operatorsEmpty')}</p> : null}
      <div className="form-actions">
        <button type="button" className="btn btn-primary" data-testid="tenant-operators-save" disabled={busy} onClick={() => void save()}>
          {t('tenants.saveOperators')}
        </button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { tenantName } from '../lib/tenantName';
import { useSession } from '../session/SessionContext';
import { NotificationBell } from './NotificationBell';

function TenantPicker() {
  const { t } = useTranslation();
  const { me, tenantId, selectTenant } = useSession();
  const [busy, setBusy] = useState(false);
  if (!me) return null;
  return (
    <label className="tenant-picker">
      <span className="visually-hidden">{t('topbar.selectTenant')}</span>
      <select
        data-testid="tenant-picker"
        value={tenantId ?? ''}
        disabled={busy || me.tenants.length === 0}
        title={t('topbar.selectTenant')}
        onChange={(event) => {
          setBusy(true);
          void selectTenant(event.target.value).finally(() => setBusy(false));
        }}
      >
        {me.tenants.length === 0 ? <option value="">{t('topbar.noTenant')}</option> : null}
        {me.tenants.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenantName(tenant)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Top bar: tenant (or an operator's tenant picker), user, language switch, sign-out. */
export function TopBar() {
  const { t } = useTranslation();
  const { me, tenant, logout } = useSession();
  const navigate = useNavigate();
  if (!me) return null;
  const isOperator = me.kind === 'operator';
  return (
    <header className="topbar">
      <div className="topbar-tenant">
        <span className="topbar-caption">{t('topbar.tenant')}</span>
        {isOperator ? (
          <TenantPicker />
        ) : (
          <span className="topbar-tenant-name" data-testid="tenant-name">
            {tenant ? tenantName(tenant) : t('topbar.noTenant')}
          </span>
        )}
      </div>
      <div className="topbar-right">
        <LanguageSwitch />
        {me.kind === 'tenant' ? <NotificationBell /> : null}
        <span className="topbar-user" data-testid="user-name">
          <span className="avatar" aria-hidden="true">
            {me.displayName.slice(0, 1)}
          </span>
          {me.displayName}
          {isOperator ? <span className="badge badge-neutral">{t('topbar.operator')}</span> : null}
        </span>
        <button
          type="button"
          className="btn btn-ghost"
          data-testid="logout"
          onClick={() => void logout().then(() => navigate('/login', { replace: true }))}
        >
          {t('topbar.logout')}
        </button>
      </div>
    </header>
  );
}

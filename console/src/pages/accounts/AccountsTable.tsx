import { useTranslation } from 'react-i18next';
import type { Account } from '../../api/types';
import { formatDateTime } from '../../lib/format';
import { roleLabel } from '../../lib/roles';

/** Users: account, employee, roles, status, last sign-in; a button to change roles. */
export function AccountsTable({
  items,
  loading,
  operator,
  onEditRoles,
}: {
  items: Account[];
  loading: boolean;
  operator: boolean;
  onEditRoles: (account: Account) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table" data-testid="accounts-table" data-loading={loading ? 'true' : 'false'} aria-busy={loading}>
        <thead>
          <tr>
            <th scope="col">{t('accounts.name')}</th>
            <th scope="col">{t('accounts.email')}</th>
            <th scope="col">{operator ? t('accounts.assignedTenants') : t('accounts.employee')}</th>
            <th scope="col">{t('accounts.roles')}</th>
            <th scope="col">{t('accounts.status')}</th>
            <th scope="col">{t('accounts.lastSignIn')}</th>
            <th scope="col" aria-label={t('accounts.editRoles')} />
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id} data-testid="account-row" data-account-id={a.id}>
              <td className="strong">{a.displayName}</td>
              <td>{a.email}</td>
              <td>
                {operator
                  ? a.roles.includes('platform_admin') || a.roles.includes('auditor')
                    ? t('accounts.allTenants')
                    : a.assignedTenants.map((x) => x.name).join('、')
                  : a.employee
                    ? `${a.employee.employeeNo} ${a.employee.name}`
                    : ''}
              </td>
              <td>
                <div className="tag-list">
                  {a.roles.map((r) => (
                    <span key={r} className="badge">
                      {roleLabel(t, r)}
                    </span>
                  ))}
                </div>
              </td>
              <td>
                <span className={a.status === 'active' ? 'badge badge-success' : 'badge badge-neutral'}>
                  {a.status === 'active' ? t('accounts.statusActive') : t('accounts.statusDisabled')}
                </span>
              </td>
              <td className="nowrap">{a.lastSignInAt ? formatDateTime(a.lastSignInAt) : t('accounts.never')}</td>
              <td className="actions">
                <button type="button" className="btn btn-small" data-testid={`account-roles-${a.id}`} onClick={() => onEditRoles(a)}>
                  {t('accounts.editRoles')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!loading && items.length === 0 ? <p className="empty">{t('accounts.empty')}</p> : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useSession } from '../session/SessionContext';
import { isGroup, visibleNavigation, type NavLeaf } from './nav';
import { usePendingApprovals } from './usePendingApprovals';

function NavItem({ item, pending }: { item: NavLeaf; pending: number }) {
  const { t } = useTranslation();
  return (
    <li>
      <NavLink
        to={item.to}
        end={item.end}
        className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
        data-testid={`nav-${item.id}`}
      >
        <span>{t(item.label)}</span>
        {item.badge === 'approvals' && pending > 0 ? (
          <span className="nav-badge" data-testid={`nav-${item.id}-badge`} aria-label={t('nav.pendingCount', { count: pending })}>
            {pending > 99 ? '99+' : pending}
          </span>
        ) : null}
      </NavLink>
    </li>
  );
}

/** Left navigation, filtered by the signed-in user's permissions. */
export function Sidebar() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const entries = visibleNavigation(hasPermission);
  const pending = usePendingApprovals(hasPermission('travel.request'));
  return (
    <aside className="sidebar">
      <div className="sidebar-inner">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <span className="brand-name">{t('common.appName')}</span>
        </div>
        <nav aria-label={t('nav.main')} data-testid="sidebar">
          <ul className="nav-list">
            {entries.map((entry) =>
              isGroup(entry) ? (
                <li key={entry.id} className="nav-group" data-testid={`nav-group-${entry.id}`}>
                  <span className="nav-group-label">{t(entry.label)}</span>
                  <ul className="nav-list nav-sublist">
                    {entry.children.map((child) => (
                      <NavItem key={child.id} item={child} pending={pending} />
                    ))}
                  </ul>
                </li>
              ) : (
                <NavItem key={entry.id} item={entry} pending={pending} />
              ),
            )}
          </ul>
        </nav>
      </div>
    </aside>
  );
}

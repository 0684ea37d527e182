import { Outlet } from 'react-router-dom';
import { useSession } from '../session/SessionContext';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

/** Signed-in frame. Pages are remounted when an operator switches tenant. */
export function AppLayout() {
  const { tenantId } = useSession();
  return (
    <div className="app-shell">
      <Sidebar />
      <div className="app-main">
        <TopBar />
        <main className="content" key={tenantId ?? 'own'}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}

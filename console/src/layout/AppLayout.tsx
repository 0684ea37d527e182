import { Suspense } from 'react';
import { Outlet } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { useCityDirectory } from '../lib/cities';
import { useSession } from '../session/SessionContext';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';

/**
 * Signed-in frame. Pages are remounted when an operator switches tenant. The city directory loads
 * here once, and its arrival re-renders the page, so every city id shows by its name.
 */
export function AppLayout() {
  const { tenantId } = useSession();
  useCityDirectory();
  return (
    <div className="app-shell">
      <Sidebar />
      <div className="app-main">
        <TopBar />
        <main className="content" key={tenantId ?? 'own'}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

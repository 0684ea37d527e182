import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { StatusPage } from './components/StatusPage';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { ApiKeysPage } from './pages/apikeys/ApiKeysPage';
import { AuditLogPage } from './pages/audit/AuditLogPage';
import { DepartmentsPage } from './pages/departments/DepartmentsPage';
import { EmployeeFormPage } from './pages/employees/EmployeeFormPage';
import { EmployeesPage } from './pages/employees/EmployeesPage';
import { ImportPage } from './pages/import/ImportPage';
import { SessionProvider } from './session/SessionContext';
import { RequireAuth, RequirePermission } from './session/guards';

/** Routes of the console. Every page below "/" needs a session. */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<HomePage />} />
            <Route
              path="org/departments"
              element={
                <RequirePermission permission="org.read">
                  <DepartmentsPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/employees"
              element={
                <RequirePermission permission="org.read">
                  <EmployeesPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/employees/new"
              element={
                <RequirePermission permission="org.write">
                  <EmployeeFormPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/employees/:id"
              element={
                <RequirePermission permission="org.read">
                  <EmployeeFormPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/import"
              element={
                <RequirePermission permission="org.import">
                  <ImportPage />
                </RequirePermission>
              }
            />
            <Route
              path="audit"
              element={
                <RequirePermission permission="audit.read">
                  <AuditLogPage />
                </RequirePermission>
              }
            />
            <Route
              path="api-keys"
              element={
                <RequirePermission permission="apikey.manage">
                  <ApiKeysPage />
                </RequirePermission>
              }
            />
            <Route path="*" element={<StatusPage kind="notFound" />} />
          </Route>
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}

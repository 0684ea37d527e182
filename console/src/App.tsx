import { lazy } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { StatusPage } from './components/StatusPage';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { AcceptInvitationPage } from './pages/invite/AcceptInvitationPage';
import { TrackPage } from './pages/track/TrackPage';
import { ApiKeysPage } from './pages/apikeys/ApiKeysPage';
import { WebhooksPage } from './pages/webhooks/WebhooksPage';
import { AuditLogPage } from './pages/audit/AuditLogPage';
import { DepartmentsPage } from './pages/departments/DepartmentsPage';
import { CostCentresPage } from './pages/costcentres/CostCentresPage';
import { EmployeeFormPage } from './pages/employees/EmployeeFormPage';
import { EmployeesPage } from './pages/employees/EmployeesPage';
import { ImportPage } from './pages/import/ImportPage';
import { SessionProvider } from './session/SessionContext';
import { RequireAuth, RequirePermission } from './session/guards';

// Travel, approval, policy and budget screens load on first use (the main bundle stays small).
const InboxPage = lazy(() => import('./pages/approvals/InboxPage').then((m) => ({ default: m.InboxPage })));
const BudgetsPage = lazy(() => import('./pages/budgets/BudgetsPage').then((m) => ({ default: m.BudgetsPage })));
const FlowEditorPage = lazy(() => import('./pages/flows/FlowEditorPage').then((m) => ({ default: m.FlowEditorPage })));
const FlowsPage = lazy(() => import('./pages/flows/FlowsPage').then((m) => ({ default: m.FlowsPage })));
const MyPolicyPage = lazy(() => import('./pages/mypolicy/MyPolicyPage').then((m) => ({ default: m.MyPolicyPage })));
const PolicyListPage = lazy(() => import('./pages/policy/PolicyListPage').then((m) => ({ default: m.PolicyListPage })));
const PolicyPage = lazy(() => import('./pages/policy/PolicyPage').then((m) => ({ default: m.PolicyPage })));
const RequestDetailPage = lazy(() => import('./pages/travel/RequestDetailPage').then((m) => ({ default: m.RequestDetailPage })));
const RequestFormPage = lazy(() => import('./pages/travel/RequestFormPage').then((m) => ({ default: m.RequestFormPage })));
const SsoSettingsPage = lazy(() => import('./pages/sso/SsoSettingsPage').then((m) => ({ default: m.SsoSettingsPage })));
const TenantsPage = lazy(() => import('./pages/tenants/TenantsPage').then((m) => ({ default: m.TenantsPage })));
const OnboardTenantPage = lazy(() => import('./pages/tenants/OnboardTenantPage').then((m) => ({ default: m.OnboardTenantPage })));
const TenantDetailPage = lazy(() => import('./pages/tenants/TenantDetailPage').then((m) => ({ default: m.TenantDetailPage })));
const SuppliersPage = lazy(() => import('./pages/suppliers/SuppliersPage').then((m) => ({ default: m.SuppliersPage })));
const SupplierDetailPage = lazy(() => import('./pages/suppliers/SupplierDetailPage').then((m) => ({ default: m.SupplierDetailPage })));
const AccountsPage = lazy(() => import('./pages/accounts/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const OperatorAccountsPage = lazy(() => import('./pages/accounts/OperatorAccountsPage').then((m) => ({ default: m.OperatorAccountsPage })));
const RequestListPage = lazy(() => import('./pages/travel/RequestListPage').then((m) => ({ default: m.RequestListPage })));
const OrderListPage = lazy(() => import('./pages/orders/OrderListPage').then((m) => ({ default: m.OrderListPage })));
const MyTripsPage = lazy(() => import('./pages/orders/MyTripsPage').then((m) => ({ default: m.MyTripsPage })));
const SimulatorPage = lazy(() => import('./pages/simulator/SimulatorPage').then((m) => ({ default: m.SimulatorPage })));
const BookingPage = lazy(() => import('./pages/booking/BookingPage').then((m) => ({ default: m.BookingPage })));
const BookedOrderPage = lazy(() => import('./pages/booking/BookedOrderPage').then((m) => ({ default: m.BookedOrderPage })));
const IngestPage = lazy(() => import('./pages/ingest/IngestPage').then((m) => ({ default: m.IngestPage })));
const DeskPage = lazy(() => import('./pages/desk/DeskPage').then((m) => ({ default: m.DeskPage })));
const DeskTicketPage = lazy(() => import('./pages/desk/DeskTicketPage').then((m) => ({ default: m.DeskTicketPage })));
const MyTicketsPage = lazy(() => import('./pages/tickets/MyTicketsPage').then((m) => ({ default: m.MyTicketsPage })));
const MyTicketPage = lazy(() => import('./pages/tickets/MyTicketPage').then((m) => ({ default: m.MyTicketPage })));

/** Routes of the console. Every page below "/" needs a session, bar sign-in, invitations and tracking by code. */
export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/invite/:token" element={<AcceptInvitationPage />} />
          <Route path="/track" element={<TrackPage />} />
          <Route path="/track/:code" element={<TrackPage />} />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<HomePage />} />
            <Route
              path="tenants"
              element={
                <RequirePermission permission="tenant.manage">
                  <TenantsPage />
                </RequirePermission>
              }
            />
            <Route
              path="tenants/new"
              element={
                <RequirePermission permission="tenant.manage">
                  <OnboardTenantPage />
                </RequirePermission>
              }
            />
            <Route
              path="tenants/:id"
              element={
                <RequirePermission permission="tenant.manage">
                  <TenantDetailPage />
                </RequirePermission>
              }
            />
            <Route
              path="suppliers"
              element={
                <RequirePermission permission="supplier.read">
                  <SuppliersPage />
                </RequirePermission>
              }
            />
            <Route
              path="suppliers/:id"
              element={
                <RequirePermission permission="supplier.read">
                  <SupplierDetailPage />
                </RequirePermission>
              }
            />
            <Route
              path="accounts"
              element={
                <RequirePermission permission="account.manage">
                  <AccountsPage />
                </RequirePermission>
              }
            />
            <Route
              path="operator-accounts"
              element={
                <RequirePermission permission="operator.manage">
                  <OperatorAccountsPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/departments"
              element={
                <RequirePermission permission="org.read">
                  <DepartmentsPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/cost-centres"
              element={
                <RequirePermission permission="org.read">
                  <CostCentresPage />
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
            <Route
              path="webhooks"
              element={
                <RequirePermission permission="webhook.manage">
                  <WebhooksPage />
                </RequirePermission>
              }
            />
            <Route
              path="sso"
              element={
                <RequirePermission permission="sso.manage">
                  <SsoSettingsPage />
                </RequirePermission>
              }
            />
            <Route
              path="travel/requests"
              element={
                <RequirePermission permission="travel.request">
                  <RequestListPage />
                </RequirePermission>
              }
            />
            <Route
              path="travel/requests/new"
              element={
                <RequirePermission permission="travel.request">
                  <RequestFormPage />
                </RequirePermission>
              }
            />
            <Route
              path="travel/requests/:id"
              element={
                <RequirePermission permission={['travel.request', 'travel.read_all']}>
                  <RequestDetailPage />
                </RequirePermission>
              }
            />
            <Route
              path="travel/requests/:id/edit"
              element={
                <RequirePermission permission="travel.request">
                  <RequestFormPage />
                </RequirePermission>
              }
            />
            <Route
              path="approvals"
              element={
                <RequirePermission permission="travel.request">
                  <InboxPage />
                </RequirePermission>
              }
            />
            <Route
              path="approvals/flows"
              element={
                <RequirePermission permission="approval.manage">
                  <FlowsPage />
                </RequirePermission>
              }
            />
            <Route
              path="approvals/flows/new"
              element={
                <RequirePermission permission="approval.manage">
                  <FlowEditorPage />
                </RequirePermission>
              }
            />
            <Route
              path="approvals/flows/:id"
              element={
                <RequirePermission permission="approval.manage">
                  <FlowEditorPage />
                </RequirePermission>
              }
            />
            <Route
              path="my-policy"
              element={
                <RequirePermission permission="travel.request">
                  <MyPolicyPage />
                </RequirePermission>
              }
            />
            <Route
              path="policies"
              element={
                <RequirePermission permission="policy.manage">
                  <PolicyListPage />
                </RequirePermission>
              }
            />
            <Route
              path="policies/:id"
              element={
                <RequirePermission permission="policy.manage">
                  <PolicyPage />
                </RequirePermission>
              }
            />
            <Route
              path="budgets"
              element={
                <RequirePermission permission="budget.read">
                  <BudgetsPage />
                </RequirePermission>
              }
            />
            <Route
              path="orders"
              element={
                <RequirePermission permission="order.read_all">
                  <OrderListPage />
                </RequirePermission>
              }
            />
            {/* Whoever may see the order (its people, or order.read_all): the API decides, a 404 otherwise. */}
            <Route path="orders/:id" element={<BookedOrderPage />} />
            <Route
              path="book"
              element={
                <RequirePermission permission={['booking.self', 'booking.others']}>
                  <BookingPage />
                </RequirePermission>
              }
            />
            <Route
              path="trips"
              element={
                <RequirePermission permission="booking.self">
                  <MyTripsPage />
                </RequirePermission>
              }
            />
            <Route
              path="simulator"
              element={
                <RequirePermission permission="simulator.control">
                  <SimulatorPage />
                </RequirePermission>
              }
            />
            <Route
              path="ingest"
              element={
                <RequirePermission permission="ingest.manage">
                  <IngestPage />
                </RequirePermission>
              }
            />
            <Route
              path="desk"
              element={
                <RequirePermission permission="ticket.work">
                  <DeskPage />
                </RequirePermission>
              }
            />
            <Route
              path="desk/tickets/:id"
              element={
                <RequirePermission permission="ticket.work">
                  <DeskTicketPage />
                </RequirePermission>
              }
            />
            <Route
              path="tickets"
              element={
                <RequirePermission permission="ticket.request">
                  <MyTicketsPage />
                </RequirePermission>
              }
            />
            <Route
              path="tickets/:id"
              element={
                <RequirePermission permission="ticket.request">
                  <MyTicketPage />
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

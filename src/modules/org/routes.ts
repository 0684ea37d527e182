import type { App, AppDeps } from '../../platform/http/types.ts';
import type { EmployeeStatusHook } from './employees/status-change-hook.ts';
import { decodeCsv } from './import/read-csv.ts';
import { costCentreRoutes } from './routes/cost-centre-routes.ts';
import { departmentRoutes } from './routes/department-routes.ts';
import { employeeRoutes } from './routes/employee-routes.ts';
import { hrSyncRoutes } from './routes/hr-sync-routes.ts';
import { importRoutes } from './routes/import-routes.ts';
import { projectRoutes } from './routes/project-routes.ts';
import { rankRoutes } from './routes/rank-routes.ts';

/**
 * The organisation API under /api/v1/org: ranks, departments, cost centres, projects, employees,
 * CSV import and HR sync. The import has a plugin context of its own: there the body is a CSV file
 * (text/csv or text/plain, within the server's body limit) and nothing else is read, not even JSON.
 * `onStatusChange` (given by the composition root) is told of every deactivation and reactivation,
 * by hand, CSV or HR sync, inside the transaction that makes it (the offboarding workflow).
 */
export function orgRoutes(app: App, deps: AppDeps, opts: { onStatusChange?: EmployeeStatusHook } = {}): void {
  void app.register(async (org: App) => {
    rankRoutes(org, deps);
    departmentRoutes(org, deps);
    costCentreRoutes(org, deps);
    projectRoutes(org, deps);
    employeeRoutes(org, deps, opts.onStatusChange);
    void org.register(async (csv: App) => {
      csv.removeAllContentTypeParsers();
      csv.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'buffer' }, (req, body, done) => {
        const charset = /charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
        done(null, decodeCsv(body, charset));
      });
      importRoutes(csv, deps, opts.onStatusChange);
    });
    hrSyncRoutes(org, deps, opts.onStatusChange);
  });
}

import type { App, AppDeps } from '../../platform/http/types.ts';
import { decodeCsv } from './import/read-csv.ts';
import { costCentreRoutes } from './routes/cost-centre-routes.ts';
import { departmentRoutes } from './routes/department-routes.ts';
import { employeeRoutes } from './routes/employee-routes.ts';
import { hrSyncRoutes } from './routes/hr-sync-routes.ts';
import { importRoutes } from './routes/import-routes.ts';
import { projectRoutes } from './routes/project-routes.ts';
import { rankRoutes } from './routes/rank-routes.ts';

/** CSV uploads (up to 10,000 rows with room to spare); larger bodies get 413 PAYLOAD_TOO_LARGE. */
const CSV_BODY_LIMIT = 16 * 1024 * 1024;

/**
 * The organisation API under /api/v1/org: ranks, departments, cost centres, projects, employees,
 * CSV import and HR sync. Registered as its own plugin so the text/csv parser applies here only.
 */
export function orgRoutes(app: App, deps: AppDeps): void {
  void app.register(async (org: App) => {
    org.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT }, (req, body, done) => {
      const charset = /charset=([^;]+)/i.exec(req.headers['content-type'] ?? '')?.[1];
      done(null, decodeCsv(body, charset));
    });
    rankRoutes(org, deps);
    departmentRoutes(org, deps);
    costCentreRoutes(org, deps);
    projectRoutes(org, deps);
    employeeRoutes(org, deps);
    importRoutes(org, deps);
    hrSyncRoutes(org, deps);
  });
}

import { Type } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors/app-error.ts';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import type { EmployeeStatusHook } from '../employees/status-change-hook.ts';
import { importEmployees, MAX_IMPORT_ROWS } from '../import/import-employees.ts';
import { employeeImportTemplate } from '../import/import-template.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';

const tags = ['organisation'];
const csvTypes = ['text/csv', 'text/plain'];

/** The file as the body: validated as text per content type, parsed by the org plugin's CSV parser. */
const CsvFile = Type.String({
  description:
    'The CSV file: a header row, then one employee per row (RFC 4180 quoting; UTF-8 with or without BOM, or GBK with charset=gbk)',
});
const CsvBody = { content: { 'text/csv': { schema: CsvFile }, 'text/plain': { schema: CsvFile } } };

const ImportResultSchema = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer({ description: 'Rows matching an employee that already looks exactly like that' }),
  dryRun: Type.Boolean(),
});

export function importRoutes(app: App, { database, cipher }: AppDeps, onStatusChange?: EmployeeStatusHook): void {
  const { db } = database;
  app.post(
    '/api/v1/org/employees/import',
    {
      config: { access: 'org.import' },
      schema: {
        operationId: 'importEmployees',
        tags,
        summary: 'Import employees from a CSV file (all or nothing)',
        description:
          `Send the file as the body with Content-Type text/csv (UTF-8, with or without BOM; GBK is recognised too). ` +
          `Columns by header, English or Chinese: employee_no/工号, name/姓名, email/邮箱, phone/手机, rank/职级 (code or name), ` +
          `department_code/部门编码, manager_employee_no/直属上级工号, cost_centre_code/成本中心编码, project_codes/项目编码 (; separated), ` +
          `id_card_no/身份证号, passport_no/护照号, status/状态 (active/inactive/在职/离职). Rows are matched by employee number. ` +
          `Any error refuses the whole file with IMPORT_INVALID and details.errors [{row, column, code, message}]. ` +
          `At most ${MAX_IMPORT_ROWS} rows, within the server's body limit (TRIPDESK_BODY_LIMIT_BYTES, 5 MiB unless configured; ` +
          `a larger file gets 413 PAYLOAD_TOO_LARGE). dryRun=true only checks.`,
        querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false }),
        body: CsvBody,
        response: { 200: ImportResultSchema, ...errorResponses },
      },
      preValidation: async (req) => {
        const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!csvTypes.includes(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file with Content-Type text/csv');
      },
    },
    async (req) => {
      const csv = typeof req.body === 'string' ? req.body : '';
      return importEmployees(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        cipher,
        csv,
        dryRun: req.query.dryRun ?? false,
        onStatusChange,
      });
    },
  );
  app.get(
    '/api/v1/org/employees/import/template',
    {
      config: { access: 'org.import' },
      schema: {
        operationId: 'getEmployeeImportTemplate',
        tags,
        summary: 'CSV template for the employee import (Chinese header, one example row)',
        response: {
          200: {
            description: 'The template, as an attachment',
            content: { 'text/csv': { schema: Type.String({ description: 'UTF-8 with BOM (Excel opens it as UTF-8)' }) } },
          },
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const csv = await employeeImportTemplate(db, readScope(req));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="employees-template.csv"')
        .send(csv);
    },
  );
}

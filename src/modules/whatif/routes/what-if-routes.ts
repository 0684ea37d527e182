import { Type } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors/app-error.ts';
import { errorResponses } from '../../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../../platform/http/types.ts';
import { actorOfRequest, readScope, writeTenant } from '../../access/index.ts';
import { VersionParams } from '../../policy/index.ts';
import { deleteImportBatch, listImportBatches } from '../import/batches.ts';
import { bookingImportTemplate } from '../import/booking-template.ts';
import { importPastBookings, MAX_BOOKING_ROWS } from '../import/import-bookings.ts';
import { importedBookingSource } from '../imported-source.ts';
import type { PastBookingSource } from '../past-booking.ts';
import { runWhatIf } from '../replay/run-what-if.ts';
import { BatchParams, ImportBatchSchema, ImportResultSchema, WhatIfBody, WhatIfReportSchema } from './what-if-schemas.ts';

const tags = ['policies'];

/** The replay of a draft: past orders (the given sources) and, unless left out, imported bookings. */
export function replayRoutes(app: App, { database }: AppDeps, orderSources: readonly PastBookingSource[]): void {
  const { db } = database;
  app.post(
    '/api/v1/policies/:id/versions/:versionId/what-if',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'runPolicyWhatIf',
        tags,
        summary: 'What if the draft had been in force: past bookings replayed under it',
        description:
          'Every past booking of the tenant in [from, to] (China dates; orders, and the bookings imported from previous providers ' +
          'unless includeImported is false) whose traveller this policy would apply to is decided under the policy it was booked under ' +
          '(imported bookings: the published policy that applies today) and under the draft. Reports outcome counts and compliance ' +
          'before and after, the spend at stake per department and category, and the changed bookings (largest amounts first, paged by ' +
          'offset/limit) with the failed rules explained in zh-CN and en. Nothing is written. 409 INVALID_STATE unless versionId is the ' +
          "policy's draft.",
        params: VersionParams,
        body: WhatIfBody,
        response: { 200: WhatIfReportSchema, ...errorResponses },
      },
    },
    async (req) =>
      runWhatIf(db, {
        tenantId: writeTenant(req),
        policyId: req.params.id,
        draftPolicyVersionId: req.params.versionId,
        from: req.body.from,
        to: req.body.to,
        sources: [...orderSources, ...(req.body.includeImported === false ? [] : [importedBookingSource])],
        page: {
          ...(req.body.offset === undefined ? {} : { offset: req.body.offset }),
          ...(req.body.limit === undefined ? {} : { limit: req.body.limit }),
        },
      }),
  );
}

const csvTypes = ['text/csv', 'text/plain'];
const CsvFile = Type.String({ description: 'The CSV file: a header row, then one past booking per row' });
const CsvBody = { content: { 'text/csv': { schema: CsvFile }, 'text/plain': { schema: CsvFile } } };

/** The import of past bookings from previous providers (CSV), registered in a context whose only body parser reads CSV. */
export function importRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.post(
    '/api/v1/what-if/imports',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'importPastBookings',
        tags,
        summary: 'Import past bookings from a previous provider (CSV, all or nothing)',
        description:
          'Content-Type text/csv (UTF-8 with or without BOM; GBK recognised). Columns by header, Chinese or English: 外部单号/external_reference, ' +
          '预订时间/booked_at (China time), 类别/category (机票 酒店 火车 用车 or flight hotel train car), 金额/amount (yuan), 工号/employee_no, ' +
          '职级/rank and 部门编码/department_code (needed when the employee number is unknown), the facts of the category: flights ' +
          '出发城市 到达城市 出发时间 到达时间 舱位 票价 经济舱全价 (公务舱价, 前后一小时最低价 optional); hotels 入住城市 每晚房价 星级 入住日期 离店日期; ' +
          'trains 出发城市 到达城市 出发时间 到达时间 车次 or 车型, 座席, 票价; cars 用车等级 票价 出发时间 (用车事由). See the template. ' +
          `Any error refuses the whole file with 422 IMPORT_INVALID and details.errors [{row, column, code, message}]. At most ${MAX_BOOKING_ROWS} rows. ` +
          'External references are unique in the tenant. dryRun=true only checks.',
        querystring: Type.Object({ dryRun: Type.Optional(Type.Boolean({ default: false })) }, { additionalProperties: false }),
        body: CsvBody,
        response: { 200: ImportResultSchema, ...errorResponses },
      },
      preValidation: async (req) => {
        const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        if (!csvTypes.includes(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file with Content-Type text/csv');
      },
    },
    async (req) =>
      importPastBookings(db, {
        tenantId: writeTenant(req),
        actor: actorOfRequest(req),
        csv: typeof req.body === 'string' ? req.body : '',
        dryRun: req.query.dryRun ?? false,
      }),
  );
}

/** The imported batches: listed, the template, deleted (in the app's own context, where a body is JSON like elsewhere). */
export function importBatchRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  app.get(
    '/api/v1/what-if/imports',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'listPastBookingImports',
        tags,
        summary: 'Imported batches of past bookings, newest first',
        response: { 200: Type.Object({ items: Type.Array(ImportBatchSchema) }), ...errorResponses },
      },
    },
    async (req) => listImportBatches(db, readScope(req)),
  );
  app.get(
    '/api/v1/what-if/imports/template',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'getPastBookingImportTemplate',
        tags,
        summary: 'CSV template for past bookings (Chinese header, one example per category)',
        response: {
          200: { description: 'The template', content: { 'text/csv': { schema: Type.String({ description: 'UTF-8 with BOM' }) } } },
          ...errorResponses,
        },
      },
    },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="past-bookings-template.csv"')
        .send(await bookingImportTemplate(db, readScope(req))),
  );
  app.delete(
    '/api/v1/what-if/imports/:batchId',
    {
      config: { access: 'policy.manage' },
      schema: {
        operationId: 'deletePastBookingImport',
        tags,
        summary: 'Delete an imported batch and its bookings',
        params: BatchParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await deleteImportBatch(db, { tenantId: writeTenant(req), actor: actorOfRequest(req), batchId: req.params.batchId });
      return reply.status(204).send(null);
    },
  );
}

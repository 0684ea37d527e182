import { Type } from '@sinclair/typebox';
import { notFound } from '../../platform/errors/app-error.ts';
import { PageQuery } from '../../platform/pagination/cursor.ts';
import { errorResponses, IdParams, pageOf, Timestamp, Uuid } from '../../platform/http/schemas.ts';
import type { App, AppDeps } from '../../platform/http/types.ts';
import { listNotifications, markNotificationsRead } from './in-app.ts';
import { principalOf } from '../access/index.ts';

const NotificationSchema = Type.Object({
  id: Uuid,
  template: Type.String({ description: 'What happened, e.g. approval_requested; the console words it in the viewer’s language' }),
  data: Type.Record(Type.String(), Type.Unknown()),
  link: Type.Union([Type.String(), Type.Null()]),
  read: Type.Boolean(),
  createdAt: Timestamp,
});

/** In-app notifications of the signed-in employee (operator staff, who are not employees, have none yet). */
export function notifyRoutes(app: App, { database }: AppDeps): void {
  const { db } = database;
  const recipient = (req: Parameters<typeof principalOf>[0]) => {
    const p = principalOf(req);
    return p.employeeId && p.homeTenantId ? { recipientId: p.employeeId, tenantIds: [p.homeTenantId] } : null;
  };
  app.get(
    '/api/v1/notifications',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'listNotifications',
        tags: ['notifications'],
        summary: 'My notifications, newest first, with the unread count',
        querystring: Type.Object({ ...PageQuery, unread: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        response: { 200: Type.Composite([pageOf(NotificationSchema), Type.Object({ unread: Type.Integer() })]), ...errorResponses },
      },
    },
    async (req) =>
      listNotifications(db, {
        recipient: recipient(req),
        unreadOnly: req.query.unread ?? false,
        cursor: req.query.cursor,
        limit: req.query.limit ?? 50,
      }),
  );
  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'markNotificationRead',
        tags: ['notifications'],
        summary: 'Mark one notification read',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      const me = recipient(req);
      if (!me) throw notFound('notification');
      await markNotificationsRead(db, { ...me, id: req.params.id });
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { access: 'authenticated' },
      schema: {
        operationId: 'markAllNotificationsRead',
        tags: ['notifications'],
        summary: 'Mark all my notifications read',
        response: { 200: Type.Object({ marked: Type.Integer() }), ...errorResponses },
      },
    },
    async (req) => {
      const me = recipient(req);
      return { marked: me ? await markNotificationsRead(db, me) : 0 };
    },
  );
}

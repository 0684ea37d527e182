/** Notify (通知): in-app notifications to employees, queued in the caller's transaction, and their API. */
export { notifyInApp, type Notice } from './in-app.ts';
export { pruneNotifications, type StoredNotice } from './prune-notifications.ts';
export { notifyRoutes } from './routes.ts';

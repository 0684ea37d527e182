import type { FastifyRequest } from 'fastify';
import { can, principalOf } from '../../../platform/http/request-context.ts';
import type { PiiViewer } from '../employees/employee-view.ts';

/** The caller, as far as seeing personal numbers goes. */
export const piiViewerOf = (req: FastifyRequest): PiiViewer => ({
  canReadPii: can(req, 'pii.read'),
  employeeId: principalOf(req).employeeId,
});

import type { FastifyRequest } from 'fastify';
import type { PiiViewer } from '../employees/employee-view.ts';
import { can, principalOf } from '../../access/index.ts';

/** The caller, as far as seeing personal numbers goes. */
export const piiViewerOf = (req: FastifyRequest): PiiViewer => ({
  canReadPii: can(req, 'pii.read'),
  employeeId: principalOf(req).employeeId,
});

import { orgApi } from '../../api/org';
import type { OrderDetail } from '../../api/types';
import { useLoad } from '../../lib/useLoad';

/**
 * The names of an order's cost bearer (费用归属) and project: the order names them by id only, so
 * they are looked up in the organisation (every signed-in user may read it). Unknown: the id stays hidden.
 */
export function useBearerNames(order: Pick<OrderDetail, 'bearer' | 'projectId'> | undefined): {
  bearer: string | null;
  project: string | null;
} {
  const kind = order?.bearer.kind;
  const wantsProjects = kind === 'project' || (order?.projectId ?? null) !== null;
  const departments = useLoad(
    () => (kind === 'department' ? orgApi.departments() : Promise.resolve([])),
    `bearer-dept-${kind === 'department'}`,
  );
  const costCentres = useLoad(
    () => (kind === 'cost_centre' ? orgApi.costCentres() : Promise.resolve([])),
    `bearer-cc-${kind === 'cost_centre'}`,
  );
  const projects = useLoad(() => (wantsProjects ? orgApi.projects() : Promise.resolve([])), `bearer-projects-${wantsProjects}`);
  if (!order) return { bearer: null, project: null };
  const id = order.bearer.id;
  const bearer =
    kind === 'department'
      ? (departments.data?.find((d) => d.id === id)?.name ?? null)
      : kind === 'cost_centre'
        ? (costCentres.data?.find((c) => c.id === id)?.name ?? null)
        : (projects.data?.find((p) => p.id === id)?.name ?? null);
  const project = order.projectId ? (projects.data?.find((p) => p.id === order.projectId)?.name ?? null) : null;
  return { bearer, project };
}

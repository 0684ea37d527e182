/**
 * Cycle checks for parent/child hierarchies (departments, reporting lines). Pure: callers give the
 * parent relation, from the database or from a file being imported.
 */

/**
 * Whether making newParent the parent of node would close a loop: true when newParent is node
 * itself or one of its descendants, i.e. node appears among newParent's ancestors.
 */
export function wouldCreateCycle<K>(node: K, newParent: K | null, ancestorsOfNewParent: Iterable<K>): boolean {
  if (newParent === null) return false;
  if (newParent === node) return true;
  for (const ancestor of ancestorsOfNewParent) if (ancestor === node) return true;
  return false;
}

/**
 * Every node that lies on a cycle of the parent relation (a node whose ancestor chain comes back to
 * itself). Nodes that merely lead into a cycle are not on it. Parents that are not keys of the map
 * are roots from the map's point of view.
 */
export function nodesOnCycles<K>(parentOf: ReadonlyMap<K, K | null>): Set<K> {
  const onCycle = new Set<K>();
  const state = new Map<K, 'visiting' | 'done'>();
  for (const start of parentOf.keys()) {
    if (state.has(start)) continue;
    const path: K[] = [];
    let current: K | null | undefined = start;
    while (current !== null && current !== undefined && parentOf.has(current) && !state.has(current)) {
      state.set(current, 'visiting');
      path.push(current);
      current = parentOf.get(current);
    }
    if (current !== null && current !== undefined && state.get(current) === 'visiting') {
      // The walk came back to a node of this very path: from there on it is a cycle.
      for (let i = path.indexOf(current); i < path.length; i++) {
        const member = path[i];
        if (member !== undefined) onCycle.add(member);
      }
    }
    for (const visited of path) state.set(visited, 'done');
  }
  return onCycle;
}

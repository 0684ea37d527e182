/** The proposed values that are given (not undefined) and differ from the current row: what an update writes. */
export function changedFields<T extends object, K extends keyof T>(current: T, proposed: { [P in K]?: T[P] }): Partial<Pick<T, K>> {
  const changes: Partial<Pick<T, K>> = {};
  for (const key of Object.keys(proposed) as K[]) {
    const value = proposed[key];
    if (value !== undefined && value !== current[key]) changes[key] = value;
  }
  return changes;
}

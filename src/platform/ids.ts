import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7): ids sort by creation, which keeps cursor pagination and indexes tidy. */
export const newId = (): string => v7();

export const isUuid = (value: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** API responses carry UTC ISO-8601 strings. */
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

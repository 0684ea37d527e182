import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7): ids sort by creation, which keeps cursor pagination and indexes tidy. */
export const newId = (): string => v7();

/** A UUID as a JSON Schema pattern (for schemas checked by TypeBox's Value, which knows no formats). */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';

export const isUuid = (value: string): boolean => new RegExp(UUID_PATTERN).test(value);

/** API responses carry UTC ISO-8601 strings. */
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A case-insensitive "contains" pattern for ILIKE with %, _ and \ in the search text taken literally. */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

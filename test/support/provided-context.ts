/** Values the database projects' global setups hand to test files (vitest's provide/inject). */
declare module 'vitest' {
  export interface ProvidedContext {
    dbKind: 'pglite' | 'postgres';
    pgliteTemplate: string;
    postgresTemplate: string;
    postgresUrl: string;
  }
}

export {};

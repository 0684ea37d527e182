/**
 * Module boundaries (ARCHITECTURE.md, "Boundaries"), checked by `npm run lint:deps` in `npm test`:
 * - a module's index.ts is its public surface: no module imports another's other files;
 * - platform code (src/platform) imports no module and nothing of the composition root;
 * - modules do not import the composition root (src/*.ts, src/demo, src/cli);
 * - the composition root uses modules through their surfaces too;
 * - pure engines (src/modules/<m>/engine) do no I/O: no database, HTTP or jobs;
 * - src/schema.ts, the schema aggregate for drizzle-kit, imports modules' schema.ts only;
 * - no file imports itself through a loop of run-time imports.
 * Cycles between modules (not only between files) are found by test/architecture/module-graph.test.ts,
 * which also keeps the graph in ARCHITECTURE.md current.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'module-internals',
      severity: 'error',
      comment: "Another module's index.ts is all a module may import of it.",
      from: { path: '^src/modules/([^/]+)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'root-uses-surfaces',
      severity: 'error',
      comment: 'The composition root (src/*.ts, src/demo, src/cli) uses modules through their index.ts.',
      from: { path: '^src/(?!modules/|platform/)', pathNot: ['^src/schema\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'platform-imports-no-module',
      severity: 'error',
      comment: 'Platform code is shared by every module and knows none of them.',
      from: { path: '^src/platform/' },
      to: { path: '^src/(?!platform/)' },
    },
    {
      name: 'modules-do-not-import-the-root',
      severity: 'error',
      comment: 'Wiring lives at the composition root; modules receive what they need as arguments.',
      from: { path: '^src/modules/' },
      to: { path: '^src/(?!modules/|platform/)' },
    },
    {
      name: 'engines-are-pure',
      severity: 'error',
      comment: 'A rule engine takes data and returns data: no database, HTTP or jobs.',
      from: { path: '^src/modules/[^/]+/engine/' },
      to: { path: ['^src/platform/(db|http|jobs)/', '^node_modules/(drizzle-orm|fastify|pg|pg-boss|@electric-sql)/'] },
    },
    {
      name: 'schema-aggregate-only',
      severity: 'error',
      comment: "src/schema.ts (for drizzle-kit) imports modules' schema.ts files and nothing else of them.",
      from: { path: '^src/schema\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/schema\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files that import each other in a loop at run time (loops of type-only imports are harmless).',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};

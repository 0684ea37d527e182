import fs from 'node:fs';
import path from 'node:path';
import { computeModuleGraph, moduleCycles, renderModuleGraph, withModuleGraph } from './module-graph.ts';

/** `npm run docs:graph`: writes the module graph into ARCHITECTURE.md (refuses while modules import each other in a loop). */
const root = path.resolve(import.meta.dirname, '../..');
const graph = await computeModuleGraph(root);
const cycles = moduleCycles(graph);
if (cycles.length > 0) {
  console.error(`Modules import each other in a loop: ${cycles.map((c) => c.join(' ⇄ ')).join('; ')}`);
  process.exit(1);
}
const file = path.join(root, 'ARCHITECTURE.md');
fs.writeFileSync(file, withModuleGraph(fs.readFileSync(file, 'utf8'), renderModuleGraph(graph)));
console.log(`ARCHITECTURE.md: ${graph.modules.length} modules, ${[...graph.edges.values()].flat().length} edges`);

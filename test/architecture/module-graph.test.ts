import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  computeModuleGraph,
  GRAPH_END,
  GRAPH_START,
  type ModuleGraph,
  moduleCycles,
  renderModuleGraph,
  withModuleGraph,
} from '../../scripts/architecture/module-graph.ts';

const root = path.resolve(import.meta.dirname, '../..');
let graph: ModuleGraph;
beforeAll(async () => {
  graph = await computeModuleGraph(root);
}, 60_000);

describe('the module graph', () => {
  it('has no cycle between modules (only file-level cycles are visible to the import linter)', () => {
    expect(graph.modules.length).toBeGreaterThan(5);
    expect(moduleCycles(graph)).toEqual([]);
  });

  it('is shown in ARCHITECTURE.md as the tool computes it (run `npm run docs:graph` after changing imports)', () => {
    const markdown = fs.readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
    const shown = markdown.slice(markdown.indexOf(GRAPH_START), markdown.indexOf(GRAPH_END) + GRAPH_END.length);
    expect(shown).toBe(renderModuleGraph(graph));
  });
});

describe('cycle detection and rendering (on made-up graphs)', () => {
  const graphOf = (edges: Record<string, string[]>): ModuleGraph => ({
    modules: Object.keys(edges).sort(),
    edges: new Map(Object.entries(edges)),
  });

  it('finds a loop through three modules and a pair, and nothing in a layered graph', () => {
    expect(moduleCycles(graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['e'], e: ['d'], f: ['a'] })).map((c) => c.join())).toEqual(
      expect.arrayContaining(['a,b,c', 'd,e']),
    );
    expect(moduleCycles(graphOf({ a: [], b: ['a'], c: ['a', 'b'] }))).toEqual([]);
  });

  it('replaces only the generated block', () => {
    const rendered = renderModuleGraph(graphOf({ a: [], b: ['a'] }));
    expect(withModuleGraph(`before\n${GRAPH_START}\nold\n${GRAPH_END}\nafter`, rendered)).toBe(`before\n${rendered}\nafter`);
    expect(rendered).toContain('  b --> a');
    expect(rendered).toContain('| 1 | b | a |');
  });
});

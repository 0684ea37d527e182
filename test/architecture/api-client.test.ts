import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_API_TYPES, generateApiTypes } from '../../scripts/api/api-types.ts';
import { withDiscriminatedBranches } from '../../scripts/api/discriminated-branches.ts';
import { documentApp, servedOpenApiDocument } from '../../scripts/api/openapi-document.ts';
import type { App } from '../../src/platform/http/types.ts';

const root = path.resolve(import.meta.dirname, '../..');
let app: App;
beforeAll(async () => {
  app = await documentApp();
}, 60_000);
afterAll(async () => {
  await app?.close();
});

describe("the console's generated API client", () => {
  it('is what openapi-typescript makes of the served /openapi.json (run `npm run api:generate` after changing a route schema)', async () => {
    const fresh = await generateApiTypes(await servedOpenApiDocument(app));
    const committed = fs.readFileSync(path.join(root, GENERATED_API_TYPES), 'utf8');
    // One assertion on a boolean: a diff of two 500 kB files says nothing useful; the command does.
    expect(committed === fresh, `${GENERATED_API_TYPES} is stale: run \`npm run api:generate\` and commit the result`).toBe(true);
  }, 60_000);
});

describe('if/then branches by a key become oneOf', () => {
  const tagged = {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['a', 'b'] },
      params: { type: 'object', additionalProperties: true },
      id: { type: 'string' },
    },
    required: ['kind', 'params'],
    additionalProperties: false,
    allOf: [
      {
        if: { type: 'object', properties: { kind: { const: 'a' } }, required: ['kind'] },
        then: { properties: { params: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'] } } },
      },
      {
        if: { properties: { kind: { enum: ['b'] } }, required: ['kind'] },
        then: { properties: { params: { type: 'object', properties: { y: { type: 'string' } } } } },
      },
    ],
  };

  it('one object per value, the key fixed and the branch’s fields merged in', () => {
    expect(withDiscriminatedBranches({ schema: tagged })).toEqual({
      schema: {
        oneOf: [
          {
            type: 'object',
            properties: {
              kind: { type: 'string', enum: ['a'] },
              params: { type: 'object', properties: { x: { type: 'number' } }, required: ['x'] },
              id: { type: 'string' },
            },
            required: ['kind', 'params'],
            additionalProperties: false,
          },
          {
            type: 'object',
            properties: {
              kind: { type: 'string', enum: ['b'] },
              params: { type: 'object', properties: { y: { type: 'string' } } },
              id: { type: 'string' },
            },
            required: ['kind', 'params'],
            additionalProperties: false,
          },
        ],
      },
    });
  });

  it('leaves anything else alone: a value without a branch, an else, a condition on two keys', () => {
    const missing = { ...tagged, properties: { ...tagged.properties, kind: { type: 'string', enum: ['a', 'b', 'c'] } } };
    const withElse = { ...tagged, allOf: [{ ...tagged.allOf[0], else: {} }, tagged.allOf[1]] };
    const twoKeys = {
      ...tagged,
      allOf: [
        { ...tagged.allOf[0], if: { properties: { kind: { const: 'a' }, id: { const: 'x' } }, required: ['kind'] } },
        tagged.allOf[1],
      ],
    };
    for (const schema of [missing, withElse, twoKeys]) expect(withDiscriminatedBranches(schema)).toEqual(schema);
  });

  it('gives openapi-typescript a union it can narrow by the key', async () => {
    const document = { openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas: { Tagged: tagged } } };
    const source = await generateApiTypes(document);
    const code = source.replace(/\/\*\*[^*]*\*\//g, '').replace(/\s+/g, ' ');
    expect(code).toContain(
      'Tagged: { kind: "a"; params: { x: number; }; id?: string; } | { kind: "b"; params: { y?: string; }; id?: string; };',
    );
  });
});

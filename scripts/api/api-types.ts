import openapiTS, { astToString, COMMENT_HEADER, type OpenAPI3 } from 'openapi-typescript';
import { withDiscriminatedBranches } from './discriminated-branches.ts';

/** Where the console's generated API types live (committed; a test fails when they are stale). */
export const GENERATED_API_TYPES = 'console/src/api/generated/openapi.ts';

const HEADER = `${COMMENT_HEADER.trimEnd()}
/* Types of the Tripdesk API, from the document the app serves at GET /openapi.json.
 * Regenerate with \`npm run api:generate\` after changing a route's schema. */

`;

/**
 * The console's API types (openapi-typescript) for an OpenAPI document, after rewriting the
 * server's if/then branches by kind or category as the oneOf they amount to (see
 * discriminated-branches.ts): otherwise rules and travel options would have no params.
 */
export async function generateApiTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(withDiscriminatedBranches(document) as OpenAPI3, { silent: true });
  return HEADER + astToString(ast);
}

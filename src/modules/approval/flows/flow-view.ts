import { Ajv } from 'ajv';
import type { FlowDefinition } from '../engine/index.ts';
import type { approvalFlows } from '../schema.ts';
import { type FlowBody, FlowDefinitionSchema } from './flow-schema.ts';

type FlowRow = typeof approvalFlows.$inferSelect;

export interface FlowView {
  id: string;
  name: string;
  priority: number;
  active: boolean;
  /** The engine's FlowDefinition; its id, name and priority are the flow's. */
  definition: FlowDefinition;
  createdAt: string;
  updatedAt: string;
}

/** The stored body without the fields the flow row owns. */
export function flowBodyOf(input: FlowBody & { id?: unknown; name?: unknown; priority?: unknown }): FlowBody {
  const { conditions, stages, skipRepeatedApprover, cc } = input;
  return {
    conditions,
    stages,
    ...(skipRepeatedApprover !== undefined ? { skipRepeatedApprover } : {}),
    ...(cc !== undefined && cc.length > 0 ? { cc } : {}),
  };
}

/**
 * The stored definition is checked again on the way out, with Ajv as the request was on the way in:
 * TypeBox's Value.Check counts string lengths in UTF-16 units where JSON Schema (and Ajv) count
 * characters, so a stage name of 60 emoji passed the request schema and failed this check (500).
 */
const isStoredDefinition = new Ajv({ allErrors: false }).compile<FlowBody>(FlowDefinitionSchema);

/** The engine's definition of a stored flow. */
export function flowDefinitionOf(row: Pick<FlowRow, 'id' | 'name' | 'priority' | 'definition'>): FlowDefinition {
  if (!isStoredDefinition(row.definition)) throw new Error(`approval flow ${row.id}: stored definition does not match the schema`);
  return { ...flowBodyOf(row.definition), id: row.id, name: row.name, priority: row.priority };
}

export function flowView(row: FlowRow): FlowView {
  return {
    id: row.id,
    name: row.name,
    priority: row.priority,
    active: row.active,
    definition: flowDefinitionOf(row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

import type { DepartmentNode } from '../pages/departments/tree';
import { useFieldControlId } from './Field';

interface DepartmentSelectProps {
  id?: string;
  testId: string;
  value: string;
  onChange: (value: string) => void;
  nodes: DepartmentNode[];
  /** Label of the empty choice ("all", "top level", "select…"). */
  emptyLabel: string;
  exclude?: Set<string>;
  disabled?: boolean;
  invalid?: boolean;
  /** The select's name when no Field labels it (a filter in a toolbar). */
  ariaLabel?: string;
}

/** A <select> of departments indented by level (nodes in depth-first order). */
export function DepartmentSelect({
  id,
  testId,
  value,
  onChange,
  nodes,
  emptyLabel,
  exclude,
  disabled,
  invalid,
  ariaLabel,
}: DepartmentSelectProps) {
  const controlId = useFieldControlId(id);
  return (
    <select
      id={controlId}
      aria-label={ariaLabel}
      data-testid={testId}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={disabled}
      aria-invalid={invalid || undefined}
    >
      <option value="">{emptyLabel}</option>
      {nodes
        .filter((node) => !exclude?.has(node.department.id))
        .map((node) => (
          <option key={node.department.id} value={node.department.id}>
            {`${'\u00a0\u00a0'.repeat(node.depth)}${node.department.name} (${node.department.code})`}
          </option>
        ))}
    </select>
  );
}

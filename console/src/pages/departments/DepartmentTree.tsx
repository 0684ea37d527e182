import { useTranslation } from 'react-i18next';
import type { DepartmentNode } from './tree';

interface DepartmentTreeProps {
  roots: DepartmentNode[];
  expanded: Set<string>;
  selectedId: string | null;
  onToggle: (id: string) => void;
  onSelect: (id: string) => void;
}

interface BranchProps extends Omit<DepartmentTreeProps, 'roots'> {
  nodes: DepartmentNode[];
}

function Branch({ nodes, expanded, selectedId, onToggle, onSelect }: BranchProps) {
  const { t } = useTranslation();
  return (
    <>
      {nodes.map(({ department, children, depth }) => {
        const hasChildren = children.length > 0;
        const isOpen = expanded.has(department.id);
        const isSelected = selectedId === department.id;
        return (
          <li
            key={department.id}
            role="treeitem"
            aria-expanded={hasChildren ? isOpen : undefined}
            aria-selected={isSelected}
            aria-level={depth + 1}
          >
            <div className={isSelected ? 'tree-row selected' : 'tree-row'} style={{ paddingLeft: `${depth * 20 + 8}px` }}>
              {hasChildren ? (
                <button
                  type="button"
                  className="tree-toggle"
                  data-testid={`dept-toggle-${department.code}`}
                  aria-label={isOpen ? t('departments.collapse') : t('departments.expand')}
                  onClick={() => onToggle(department.id)}
                >
                  <span className={isOpen ? 'chevron open' : 'chevron'} aria-hidden="true" />
                </button>
              ) : (
                <span className="tree-toggle-spacer" />
              )}
              <button
                type="button"
                className="tree-label"
                data-testid={`dept-node-${department.code}`}
                onClick={() => onSelect(department.id)}
              >
                <span className="tree-name">{department.name}</span>
                <span className="tree-code">{department.code}</span>
                <span className="tree-count">{t('departments.employeeCount', { count: department.employeeCount })}</span>
              </button>
            </div>
            {hasChildren && isOpen ? (
              <ul role="group" className="tree-list">
                <Branch nodes={children} expanded={expanded} selectedId={selectedId} onToggle={onToggle} onSelect={onSelect} />
              </ul>
            ) : null}
          </li>
        );
      })}
    </>
  );
}

/** Collapsible department tree showing name, code and head-count. */
export function DepartmentTree({ roots, ...rest }: DepartmentTreeProps) {
  const { t } = useTranslation();
  return (
    <ul role="tree" className="tree-list" aria-label={t('departments.title')} data-testid="dept-tree">
      <Branch nodes={roots} {...rest} />
    </ul>
  );
}

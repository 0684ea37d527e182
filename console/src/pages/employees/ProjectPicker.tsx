import { useTranslation } from 'react-i18next';
import type { Project } from '../../api/types';

interface ProjectPickerProps {
  projects: Project[];
  value: string[];
  disabled?: boolean;
  onChange: (ids: string[]) => void;
}

/** Multi-select of projects as a scrollable checkbox list. */
export function ProjectPicker({ projects, value, disabled, onChange }: ProjectPickerProps) {
  const { t } = useTranslation();
  const selected = new Set(value);
  // Keep assigned projects that are no longer listed (e.g. closed ones) visible and removable.
  const unknown = value.filter((id) => !projects.some((p) => p.id === id));
  if (projects.length === 0 && unknown.length === 0) {
    return <p className="muted">{t('employeeForm.noProjects')}</p>;
  }
  const toggle = (id: string) => onChange(selected.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <div className="checkbox-list" data-testid="emp-projects">
      {projects.map((project) => (
        <label key={project.id} className="checkbox">
          <input
            type="checkbox"
            data-testid={`emp-project-${project.code}`}
            checked={selected.has(project.id)}
            disabled={disabled}
            onChange={() => toggle(project.id)}
          />
          <span>
            {project.name} <span className="muted mono">{project.code}</span>
          </span>
        </label>
      ))}
      {unknown.map((id) => (
        <label key={id} className="checkbox">
          <input type="checkbox" checked disabled={disabled} onChange={() => toggle(id)} />
          <span className="mono">{id}</span>
        </label>
      ))}
    </div>
  );
}

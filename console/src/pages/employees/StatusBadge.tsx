import { useTranslation } from 'react-i18next';
import type { EmployeeStatus } from '../../api/types';

export function StatusBadge({ status }: { status: EmployeeStatus }) {
  const { t } = useTranslation();
  return status === 'active' ? (
    <span className="badge badge-success">{t('employees.statusActive')}</span>
  ) : (
    <span className="badge badge-neutral">{t('employees.statusInactive')}</span>
  );
}

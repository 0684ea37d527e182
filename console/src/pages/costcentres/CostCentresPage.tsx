import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { orgApi } from '../../api/org';
import type { CostCentre } from '../../api/types';
import { fieldErrorsOf, type FieldError } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { PageHeader } from '../../components/PageHeader';
import { messagesAt } from '../../lib/paths';
import { useLoad } from '../../lib/useLoad';
import { useSession } from '../../session/SessionContext';
import { useEmployeeNames } from '../flows/PeopleField';

interface Editing {
  centre: CostCentre | null;
  code: string;
  name: string;
  owner: PickedEmployee | null;
}

/** 成本中心: code, name and owner (负责人, who approves stages with the rule 成本中心负责人). */
export function CostCentresPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const canWrite = hasPermission('org.write');
  const centres = useLoad(() => orgApi.costCentres(), 'cost-centres');
  const items = centres.data ?? [];
  const names = useEmployeeNames(items.flatMap((c) => (c.ownerEmployeeId ? [c.ownerEmployeeId] : [])));
  const [editing, setEditing] = useState<Editing | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const open = (centre: CostCentre | null) => {
    setErrors([]);
    setError(null);
    const ownerId = centre?.ownerEmployeeId ?? null;
    setEditing({
      centre,
      code: centre?.code ?? '',
      name: centre?.name ?? '',
      owner: ownerId ? { id: ownerId, name: names.get(ownerId) ?? ownerId } : null,
    });
  };

  const save = async (e: Editing) => {
    setBusy(true);
    setError(null);
    const body = { code: e.code.trim(), name: e.name.trim(), ownerEmployeeId: e.owner?.id ?? null };
    try {
      if (e.centre) await orgApi.updateCostCentre(e.centre.id, body);
      else await orgApi.createCostCentre(body);
      setEditing(null);
      centres.reload();
    } catch (err) {
      setErrors(fieldErrorsOf(err));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="page-cost-centres">
      <PageHeader
        title={t('approvalOrg.costCentres.title')}
        subtitle={t('approvalOrg.costCentres.subtitle')}
        actions={
          canWrite ? (
            <button type="button" className="btn btn-primary" data-testid="cost-centre-new" onClick={() => open(null)}>
              {t('approvalOrg.costCentres.new')}
            </button>
          ) : null
        }
      />
      <ErrorNotice error={centres.error} onRetry={centres.reload} />
      <div className="card table-wrap">
        <table className="table" data-testid="cost-centre-table">
          <thead>
            <tr>
              <th scope="col">{t('approvalOrg.costCentres.code')}</th>
              <th scope="col">{t('approvalOrg.costCentres.name')}</th>
              <th scope="col">{t('approvalOrg.costCentres.owner')}</th>
              {canWrite ? <th scope="col" /> : null}
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} data-testid="cost-centre-row" data-id={c.id}>
                <td className="mono">{c.code}</td>
                <td>{c.name}</td>
                <td data-testid="cost-centre-owner">
                  {c.ownerEmployeeId ? (
                    (names.get(c.ownerEmployeeId) ?? '…')
                  ) : (
                    <span className="muted">{t('approvalOrg.costCentres.noOwner')}</span>
                  )}
                </td>
                {canWrite ? (
                  <td>
                    <button type="button" className="btn btn-small" data-testid="cost-centre-edit" onClick={() => open(c)}>
                      {t('approvalOrg.costCentres.edit')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
        {!centres.loading && items.length === 0 ? <p className="empty">{t('approvalOrg.costCentres.empty')}</p> : null}
      </div>
      {editing ? (
        <Dialog
          title={editing.centre ? t('approvalOrg.costCentres.edit') : t('approvalOrg.costCentres.new')}
          onClose={() => setEditing(null)}
          testId="cost-centre-dialog"
          footer={
            <>
              <button type="button" className="btn" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy}
                data-testid="cost-centre-save"
                onClick={() => void save(editing)}
              >
                {busy ? t('common.saving') : t('common.save')}
              </button>
            </>
          }
        >
          <ErrorNotice error={error} />
          <Field label={t('approvalOrg.costCentres.code')} required error={messagesAt(errors, 'code')}>
            {(id) => (
              <input
                id={id}
                data-testid="cost-centre-code"
                value={editing.code}
                onChange={(e) => setEditing({ ...editing, code: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('approvalOrg.costCentres.name')} required error={messagesAt(errors, 'name')}>
            {(id) => (
              <input
                id={id}
                data-testid="cost-centre-name"
                value={editing.name}
                onChange={(e) => setEditing({ ...editing, name: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('approvalOrg.costCentres.owner')}
            hint={t('approvalOrg.costCentres.ownerHint')}
            error={messagesAt(errors, 'ownerEmployeeId')}
          >
            {(id) => (
              <EmployeePicker
                id={id}
                testId="cost-centre-owner-picker"
                value={editing.owner}
                onChange={(owner) => setEditing({ ...editing, owner })}
              />
            )}
          </Field>
        </Dialog>
      ) : null}
    </section>
  );
}

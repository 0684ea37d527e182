import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPLIER_STATUSES, suppliersApi } from '../../api/suppliers';
import type { Supplier, SupplierStatus } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';

interface DialogProps {
  supplier: Supplier;
  onClose: () => void;
  onDone: () => void;
}

/** Runs a save, keeping the dialog open with the error in place when it fails. */
function useSave(onDone: () => void, onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone();
      onClose();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** Active / probation / suspended, with the reason the audit log keeps. */
export function StatusDialog({ supplier, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<SupplierStatus>(supplier.status === 'active' ? 'probation' : 'active');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const save = useSave(onDone, onClose);
  const submit = () => {
    if (reason.trim() === '') {
      setReasonError(t('suppliers.reasonRequired'));
      return;
    }
    void save.run(() => suppliersApi.changeStatus(supplier.id, status, reason.trim()));
  };
  return (
    <Dialog
      title={t('suppliers.statusTitle')}
      onClose={onClose}
      testId="supplier-status-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={status === 'suspended' ? 'btn btn-danger' : 'btn btn-primary'}
            disabled={save.busy}
            onClick={submit}
            data-testid="supplier-status-save"
          >
            {t('suppliers.save')}
          </button>
        </>
      }
    >
      <p className="muted">{t('suppliers.statusHint')}</p>
      <Field label={t('suppliers.newStatus')} required>
        {(id) => (
          <select id={id} value={status} onChange={(e) => setStatus(e.target.value as SupplierStatus)} data-testid="supplier-status-select">
            {SUPPLIER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`suppliers.statusName.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('suppliers.reason')} required error={reasonError}>
        {(id) => (
          <textarea
            id={id}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="supplier-status-reason-input"
          />
        )}
      </Field>
      <ErrorNotice error={save.error} />
    </Dialog>
  );
}

/** The ranking weight search uses, 0–100. */
export function WeightDialog({ supplier, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const [weight, setWeight] = useState(String(supplier.rankingWeight));
  const [weightError, setWeightError] = useState<string | undefined>();
  const save = useSave(onDone, onClose);
  const submit = () => {
    const value = Number(weight);
    if (!/^\d{1,3}$/.test(weight.trim()) || value > 100) {
      setWeightError(t('suppliers.weightInvalid'));
      return;
    }
    void save.run(() => suppliersApi.update(supplier.id, { rankingWeight: value }));
  };
  return (
    <Dialog
      title={t('suppliers.editWeight')}
      onClose={onClose}
      testId="supplier-weight-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={save.busy} onClick={submit} data-testid="supplier-weight-save">
            {t('suppliers.save')}
          </button>
        </>
      }
    >
      <Field label={t('suppliers.weight')} hint={t('suppliers.weightHint')} error={weightError} required>
        {(id) => (
          <input
            id={id}
            inputMode="numeric"
            value={weight}
            onChange={(e) => setWeight(e.target.value)}
            data-testid="supplier-weight-input"
          />
        )}
      </Field>
      <ErrorNotice error={save.error} />
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suppliersApi } from '../../api/suppliers';
import type { SupplierKey, SupplierKeyRotated } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { SecretReveal } from '../apikeys/SecretReveal';

const STATE_BADGE: Record<SupplierKey['state'], string> = {
  current: 'badge badge-success',
  retiring: 'badge badge-warning',
  retired: 'badge badge-neutral',
  revoked: 'badge badge-danger',
};

/** A supplier's event signing keys: rotate with an overlap (the new secret shown once), revoke at once. */
export function SupplierKeys({ supplierId, canManage }: { supplierId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoad(() => suppliersApi.keys(supplierId), `supplier-keys-${supplierId}`);
  const [rotating, setRotating] = useState(false);
  const [revoking, setRevoking] = useState<SupplierKey | null>(null);
  const keys = data ?? [];
  return (
    <div className="card form-card" data-testid="supplier-keys">
      <h2 className="card-title">{t('suppliers.keys')}</h2>
      <p className="muted">{t('suppliers.keysHint')}</p>
      <ErrorNotice error={error} onRetry={reload} />
      {!loading && keys.length === 0 ? (
        <p className="empty">{t('suppliers.noKeys')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="supplier-keys-table">
            <thead>
              <tr>
                <th scope="col">{t('suppliers.keyId')}</th>
                <th scope="col">{t('suppliers.keyState')}</th>
                <th scope="col">{t('suppliers.keyCreatedAt')}</th>
                <th scope="col">{t('suppliers.keyRetiresAt')}</th>
                {canManage ? <th scope="col" /> : null}
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id} data-testid="supplier-key-row" data-key-id={k.keyId} data-state={k.state}>
                  <td className="mono">{k.keyId}</td>
                  <td>
                    <span className={STATE_BADGE[k.state]}>{t(`suppliers.keyStateName.${k.state}`)}</span>
                  </td>
                  <td className="nowrap">{formatDateTime(k.createdAt)}</td>
                  <td className="nowrap">{formatDateTime(k.revokedAt ?? k.retiresAt)}</td>
                  {canManage ? (
                    <td>
                      {k.state === 'current' || k.state === 'retiring' ? (
                        <button
                          type="button"
                          className="btn btn-danger-ghost btn-small"
                          data-testid={`supplier-key-revoke-${k.keyId}`}
                          onClick={() => setRevoking(k)}
                        >
                          {t('suppliers.revoke')}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canManage ? (
        <div className="form-actions">
          <button type="button" className="btn btn-primary" data-testid="supplier-key-rotate" onClick={() => setRotating(true)}>
            {t('suppliers.rotate')}
          </button>
        </div>
      ) : null}
      {rotating ? <RotateDialog supplierId={supplierId} onClose={() => setRotating(false)} onRotated={reload} /> : null}
      {revoking ? (
        <ConfirmDialog
          title={t('suppliers.revokeTitle')}
          message={t('suppliers.revokeConfirm', { keyId: revoking.keyId })}
          confirmLabel={t('suppliers.revoke')}
          danger
          onConfirm={async () => {
            await suppliersApi.revokeKey(supplierId, revoking.id);
            reload();
          }}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </div>
  );
}

/** Asks for the overlap, rotates, then shows the new secret once (the dialog cannot be dismissed by accident). */
function RotateDialog({ supplierId, onClose, onRotated }: { supplierId: string; onClose: () => void; onRotated: () => void }) {
  const { t } = useTranslation();
  const [overlap, setOverlap] = useState('24');
  const [overlapError, setOverlapError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [rotated, setRotated] = useState<SupplierKeyRotated | null>(null);

  const rotate = async () => {
    const hours = Number(overlap);
    if (!/^\d{1,3}$/.test(overlap.trim()) || hours > 168) {
      setOverlapError(t('suppliers.overlapInvalid'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setRotated(await suppliersApi.rotateKey(supplierId, hours));
      onRotated();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  if (rotated) {
    return (
      <Dialog
        key="secret"
        title={t('suppliers.secretTitle', { keyId: rotated.key.keyId })}
        onClose={onClose}
        dismissible={false}
        testId="supplier-secret-dialog"
        footer={
          <button type="button" className="btn btn-primary" data-testid="supplier-secret-done" onClick={onClose}>
            {t('suppliers.secretDone')}
          </button>
        }
      >
        <SecretReveal secret={rotated.secret} />
      </Dialog>
    );
  }
  return (
    <Dialog
      title={t('suppliers.rotateTitle')}
      onClose={onClose}
      testId="supplier-rotate-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void rotate()}
            data-testid="supplier-rotate-confirm"
          >
            {t('suppliers.rotate')}
          </button>
        </>
      }
    >
      <Field label={t('suppliers.overlapHours')} hint={t('suppliers.overlapHint')} error={overlapError} required>
        {(id) => (
          <input
            id={id}
            inputMode="numeric"
            value={overlap}
            onChange={(e) => setOverlap(e.target.value)}
            data-testid="supplier-overlap-input"
          />
        )}
      </Field>
      <ErrorNotice error={error} />
    </Dialog>
  );
}

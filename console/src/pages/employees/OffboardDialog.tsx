import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offboardingApi, type OffboardingPreview, type OffboardResult } from '../../api/offboarding';
import { Dialog } from '../../components/Dialog';
import { EmployeePicker, type PickedEmployee } from '../../components/EmployeePicker';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { useLoad } from '../../lib/useLoad';

interface OffboardDialogProps {
  employee: { id: string; name: string };
  onDone: (result: OffboardResult) => void;
  onClose: () => void;
}

type Pending = OffboardingPreview['pending'][number];

/** Counts the approvals by who takes them: the successor, a travel admin (fallback), nobody, or their own approver (delegate). */
function groups(pending: Pending[]) {
  const byPerson = (list: Pending[]) => {
    const map = new Map<string, { name: string; count: number }>();
    for (const p of list) {
      if (!p.to) continue;
      const entry = map.get(p.to.employeeId) ?? { name: p.to.name, count: 0 };
      entry.count += 1;
      map.set(p.to.employeeId, entry);
    }
    return [...map.values()];
  };
  return {
    successor: byPerson(pending.filter((p) => !p.asDelegate && !p.fallback)),
    fallback: byPerson(pending.filter((p) => !p.asDelegate && p.fallback)),
    nobody: pending.filter((p) => !p.asDelegate && !p.to).length,
    delegate: pending.filter((p) => p.asDelegate).length,
  };
}

/** 办理离职: the successor (the manager by default, or someone picked), what will happen, and the confirmation. */
export function OffboardDialog({ employee, onDone, onClose }: OffboardDialogProps) {
  const { t } = useTranslation();
  const [named, setNamed] = useState<PickedEmployee | null>(null);
  const [picking, setPicking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const successorId = picking ? (named?.id ?? null) : null;
  const preview = useLoad(() => offboardingApi.preview(employee.id, successorId), `${employee.id}:${successorId ?? ''}`);
  const data = preview.data;
  const g = data ? groups(data.pending) : null;

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await offboardingApi.offboard(employee.id, successorId));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const keyNames = data?.apiKeys.map((k) => k.name).join('、') ?? '';
  return (
    <Dialog
      title={t('offboarding.title', { name: employee.name })}
      onClose={onClose}
      testId="offboard-dialog"
      wide
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} data-testid="offboard-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy || preview.loading || !data || (picking && !named)}
            data-testid="offboard-confirm"
            onClick={() => void confirm()}
          >
            {busy ? t('offboarding.working') : t('offboarding.confirm')}
          </button>
        </>
      }
    >
      <p className="muted">{t('offboarding.intro')}</p>
      <ErrorNotice error={error ?? preview.error} testId="offboard-error" />
      <Field label={t('offboarding.successor')} htmlFor="offboard-successor">
        {picking ? (
          <div className="offboard-successor">
            <EmployeePicker
              id="offboard-successor"
              testId="offboard-successor"
              value={named}
              onChange={setNamed}
              excludeIds={[employee.id]}
            />
            <button type="button" className="btn btn-ghost btn-small" data-testid="offboard-use-manager" onClick={() => setPicking(false)}>
              {t('offboarding.successorUseDefault')}
            </button>
          </div>
        ) : (
          <div className="offboard-successor">
            <p id="offboard-successor" data-testid="offboard-default-successor">
              {data?.successor
                ? t('offboarding.successorManager', { name: data.successor.name })
                : data
                  ? t('offboarding.successorNone')
                  : '…'}
            </p>
            <button type="button" className="btn btn-ghost btn-small" data-testid="offboard-pick" onClick={() => setPicking(true)}>
              {t('offboarding.successorChange')}
            </button>
          </div>
        )}
      </Field>
      <h3 className="section-title">{t('offboarding.summaryTitle')}</h3>
      {!data || !g ? (
        <p className="muted" role="status">
          {t('offboarding.loading')}
        </p>
      ) : (
        <ul className="plain-list offboard-summary" data-testid="offboard-summary" aria-busy={preview.loading}>
          <li data-testid="offboard-sessions">
            {data.sessions > 0 ? t('offboarding.sessions', { count: data.sessions }) : t('offboarding.noSessions')}
          </li>
          <li>{t('offboarding.signIn')}</li>
          <li data-testid="offboard-apikeys">
            {data.apiKeys.length > 0
              ? t('offboarding.apiKeys', { count: data.apiKeys.length, names: keyNames })
              : t('offboarding.noApiKeys')}
          </li>
          {data.pending.length === 0 ? <li data-testid="offboard-pending">{t('offboarding.noPending')}</li> : null}
          {g.successor.map((p) => (
            <li key={p.name} data-testid="offboard-pending">
              {t('offboarding.pending', { count: p.count, name: p.name })}
            </li>
          ))}
          {g.fallback.map((p) => (
            <li key={p.name} data-testid="offboard-fallback">
              {t('offboarding.fallback', { count: p.count, name: p.name })}
            </li>
          ))}
          {g.nobody > 0 ? <li data-testid="offboard-nobody">{t('offboarding.unassigned', { count: g.nobody })}</li> : null}
          {g.delegate > 0 ? <li>{t('offboarding.delegate', { count: g.delegate })}</li> : null}
        </ul>
      )}
    </Dialog>
  );
}

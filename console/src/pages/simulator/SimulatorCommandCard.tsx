import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMAND_KINDS, simulatorApi } from '../../api/operations';
import type { SimulatorCommandKind, SimulatorOutcome } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { commandOf, EMPTY_COMMAND, takesDelay, takesReason, targetsFor, type CommandErrors, type CommandForm } from './simulatorModel';

/** 立即注入事件: make the simulated suppliers act now on the bookings named, and show what each did. */
export function SimulatorCommandCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<CommandForm>(EMPTY_COMMAND);
  const [errors, setErrors] = useState<CommandErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [outcomes, setOutcomes] = useState<SimulatorOutcome[] | null>(null);
  const targets = targetsFor(form.kind);
  const set = (patch: Partial<CommandForm>) => setForm((prev) => ({ ...prev, ...patch }));

  const chooseKind = (kind: SimulatorCommandKind) => {
    const allowed = targetsFor(kind);
    set({ kind, target: allowed.includes(form.target) ? form.target : 'orderRef' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = commandOf(form);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setError(null);
    setOutcomes(null);
    try {
      setOutcomes(await simulatorApi.command(result.command));
      onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const targetError = errors.target ? t('simulator.targetInvalid') : undefined;
  return (
    <form className="card form-card" onSubmit={(e) => void submit(e)} data-testid="simulator-command" noValidate>
      <h2 className="card-title">{t('simulator.command')}</h2>
      <p className="muted small">{t('simulator.commandHint')}</p>
      <div className="form-grid">
        <Field label={t('simulator.kind')}>
          {(id) => (
            <select
              id={id}
              value={form.kind}
              onChange={(e) => chooseKind(e.target.value as SimulatorCommandKind)}
              data-testid="simulator-command-kind"
            >
              {COMMAND_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`simulator.commandKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('simulator.target')}>
          {(id) => (
            <select
              id={id}
              value={form.target}
              onChange={(e) => set({ target: e.target.value as CommandForm['target'] })}
              data-testid="simulator-command-target"
            >
              {targets.map((k) => (
                <option key={k} value={k}>
                  {t(`simulator.targetKind.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.target === 'orderRef' ? (
          <Field label={t('simulator.orderRef')} error={targetError}>
            {(id) => (
              <input
                id={id}
                className="mono"
                placeholder="F7KM-3QX9-K"
                value={form.orderRef}
                onChange={(e) => set({ orderRef: e.target.value })}
                data-testid="simulator-command-order-ref"
              />
            )}
          </Field>
        ) : null}
        {form.target === 'bookingRef' ? (
          <Field label={t('simulator.bookingRef')} error={targetError}>
            {(id) => (
              <input
                id={id}
                className="mono"
                value={form.bookingRef}
                onChange={(e) => set({ bookingRef: e.target.value })}
                data-testid="simulator-command-booking-ref"
              />
            )}
          </Field>
        ) : null}
        {form.target === 'flight' || form.target === 'train' ? (
          <>
            <Field label={form.target === 'flight' ? t('simulator.flightNo') : t('simulator.trainNo')} error={targetError}>
              {(id) => (
                <input
                  id={id}
                  className="mono"
                  placeholder={form.target === 'flight' ? 'CA1501' : 'G7'}
                  value={form.number}
                  onChange={(e) => set({ number: e.target.value })}
                  data-testid="simulator-command-number"
                />
              )}
            </Field>
            <Field label={t('simulator.date')}>
              {(id) => (
                <input
                  id={id}
                  type="date"
                  value={form.date}
                  onChange={(e) => set({ date: e.target.value })}
                  data-testid="simulator-command-date"
                />
              )}
            </Field>
          </>
        ) : null}
        {form.target === 'hotel' ? (
          <Field label={t('simulator.hotelId')} error={targetError}>
            {(id) => (
              <input
                id={id}
                className="mono"
                value={form.hotelId}
                onChange={(e) => set({ hotelId: e.target.value })}
                data-testid="simulator-command-hotel"
              />
            )}
          </Field>
        ) : null}
        {takesDelay(form.kind) ? (
          <Field label={t('simulator.delayMinutes')} error={errors.delayMinutes ? t('simulator.delayInvalid') : undefined}>
            {(id) => (
              <input
                id={id}
                inputMode="numeric"
                placeholder="90"
                value={form.delayMinutes}
                onChange={(e) => set({ delayMinutes: e.target.value })}
                data-testid="simulator-command-delay"
              />
            )}
          </Field>
        ) : null}
        {takesReason(form.kind) ? (
          <Field label={t('simulator.reason')}>
            {(id) => (
              <input
                id={id}
                maxLength={200}
                value={form.reason}
                onChange={(e) => set({ reason: e.target.value })}
                data-testid="simulator-command-reason"
              />
            )}
          </Field>
        ) : null}
      </div>
      <ErrorNotice error={error} testId="simulator-command-error" />
      {outcomes ? <CommandOutcomes outcomes={outcomes} /> : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="simulator-command-run">
          {t('simulator.run')}
        </button>
      </div>
    </form>
  );
}

function CommandOutcomes({ outcomes }: { outcomes: SimulatorOutcome[] }) {
  const { t } = useTranslation();
  return (
    <div className="simulator-outcome" data-testid="simulator-command-outcome" role="status">
      <h3 className="subsection-title">{t('simulator.outcome')}</h3>
      {outcomes.length === 0 ? (
        <p className="muted" data-testid="simulator-command-none">
          {t('simulator.outcomeNone')}
        </p>
      ) : (
        <ul className="plain-list">
          {outcomes.map((o) => (
            <li key={o.bookingRef} data-testid="simulator-command-result" data-skipped={o.skipped !== null}>
              <span className="mono">{o.orderRef}</span> · <span className="mono muted">{o.bookingRef}</span> ·{' '}
              {o.skipped !== null
                ? t('simulator.outcomeSkipped', { reason: o.skipped })
                : t('simulator.outcomeSent', { events: o.events.join(', ') })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

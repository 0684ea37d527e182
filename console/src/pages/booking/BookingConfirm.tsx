import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { BookingReason, PaymentMode, SearchOption } from '../../api/booking';
import type { ReasonCode } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { Notice } from '../../components/Notice';
import { zhEn } from '../../lib/localized';
import { formatFen } from '../../lib/money';
import { OptionEssentials } from './OptionEssentials';
import { needsReason, PolicyMarksView } from './PolicyMarksView';

/** The reason select's value for "none of these: in words". */
const OTHER = '__other';

export interface ConfirmChoice {
  reason?: BookingReason;
  paymentMode?: PaymentMode;
}

interface BookingConfirmProps {
  option: SearchOption;
  /** Active reason codes (超标原因) of the enterprise. */
  reasonCodes: readonly ReasonCode[];
  /** 'change': no payment mode (the order keeps its own). */
  mode: 'book' | 'change';
  /** Sends the order; a failure is shown here and the form stays. */
  onConfirm: (choice: ConfirmChoice) => Promise<void>;
  onCancel: () => void;
  cancelLabel: string;
  /** A change: the order's price, for the fare difference. */
  previousFen?: number;
}

/**
 * The last step before an order: the option again with its marks, whether it will need approval,
 * the 超标原因 when it is out of policy (a code of the policy and/or words), and the payment mode.
 */
export function BookingConfirm({ option, reasonCodes, mode, onConfirm, onCancel, cancelLabel, previousFen }: BookingConfirmProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const [payment, setPayment] = useState<PaymentMode>('company');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [tried, setTried] = useState(false);
  // The server may ask for a reason the marks did not (the policy changed since the search).
  const [askedByServer, setAskedByServer] = useState(false);
  const askReason = needsReason(option) || askedByServer;
  const reasonGiven = (code !== '' && code !== OTHER) || text.trim() !== '';
  const policy = option.policy;
  const approval = policy?.outcome === 'require_approval' || (option.coverage.requestId !== null && !option.coverage.covered);

  const confirm = async () => {
    setTried(true);
    if (askReason && !reasonGiven) return;
    setBusy(true);
    setError(null);
    const reason: BookingReason | undefined =
      askReason || reasonGiven
        ? { ...(code !== '' && code !== OTHER ? { code } : {}), ...(text.trim() !== '' ? { text: text.trim() } : {}) }
        : undefined;
    try {
      await onConfirm({ ...(reason ? { reason } : {}), ...(mode === 'book' ? { paymentMode: payment } : {}) });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'REASON_REQUIRED') setAskedByServer(true);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <div className="booking-confirm" data-testid="booking-confirm" data-needs-reason={String(askReason)}>
      <div className="booking-confirm-option">
        <OptionEssentials offer={option.offer} />
        <span className="booking-price" data-testid="booking-confirm-price">
          {formatFen(option.offer.priceFen)}
        </span>
      </div>
      <PolicyMarksView option={option} showCoverage={false} />
      {previousFen !== undefined ? (
        <p className="small" data-testid="booking-confirm-difference">
          {t('booking.dialog.fareDifference', { amount: formatFen(option.offer.priceFen - previousFen) })}
        </p>
      ) : null}
      <Notice kind={!approval && option.coverage.covered ? 'success' : 'info'} testId="booking-confirm-approval">
        {approval ? t('booking.dialog.approvalNote') : option.coverage.covered ? t('booking.dialog.coveredNote') : t('booking.standalone')}
      </Notice>
      {askReason ? (
        <fieldset className="form-section booking-reason" data-testid="booking-reason">
          <legend>{t('booking.dialog.reasonTitle')}</legend>
          <p className="muted small">{t('booking.dialog.reasonIntro')}</p>
          <div className="form-grid">
            <Field label={t('booking.dialog.reasonCode')}>
              {(id) => (
                <select id={id} data-testid="booking-reason-code" value={code} onChange={(e) => setCode(e.target.value)}>
                  <option value="">{t('booking.dialog.reasonNone')}</option>
                  {reasonCodes.map((r) => (
                    <option key={r.code} value={r.code}>
                      {zhEn(r.labelZh, r.labelEn)}
                    </option>
                  ))}
                  <option value={OTHER}>{t('booking.dialog.reasonOther')}</option>
                </select>
              )}
            </Field>
            <Field
              label={t('booking.dialog.reasonText')}
              required={code === OTHER}
              error={tried && !reasonGiven ? t('booking.dialog.reasonMissing') : undefined}
              errorTestId="booking-reason-missing"
            >
              {(id) => (
                <input
                  id={id}
                  data-testid="booking-reason-text"
                  value={text}
                  maxLength={500}
                  placeholder={t('booking.dialog.reasonTextPlaceholder')}
                  onChange={(e) => setText(e.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
      ) : null}
      {mode === 'book' ? (
        <Field label={t('booking.dialog.payment')} group>
          <div className="booking-payment">
            {(['company', 'personal'] as const).map((m) => (
              <label key={m} className="checkbox">
                <input
                  type="radio"
                  name="booking-payment"
                  data-testid={`booking-payment-${m}`}
                  checked={payment === m}
                  onChange={() => setPayment(m)}
                />
                <span>{m === 'company' ? t('booking.dialog.paymentCompany') : t('booking.dialog.paymentPersonal')}</span>
              </label>
            ))}
          </div>
          {policy && policy.personalPayFen > 0 ? (
            <p className="muted small">{t('booking.dialog.personalPayNote', { amount: formatFen(policy.personalPayFen) })}</p>
          ) : null}
        </Field>
      ) : null}
      <ErrorNotice error={error} testId="booking-confirm-error" />
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel} data-testid="booking-confirm-cancel">
          {cancelLabel}
        </button>
        <button type="button" className="btn btn-primary" data-testid="booking-confirm-ok" disabled={busy} onClick={() => void confirm()}>
          {busy ? t('booking.dialog.working') : mode === 'book' ? t('booking.dialog.confirm') : t('booking.dialog.confirmChange')}
        </button>
      </div>
    </div>
  );
}

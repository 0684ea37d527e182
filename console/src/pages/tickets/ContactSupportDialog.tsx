import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { mapFieldErrors } from '../../lib/fieldErrors';
import { clauseJoin } from '../../lib/lists';
import { onCtrlEnter } from './ctrlEnter';
import { TICKET_CATEGORIES, ticketsApi, type TicketCategory, type TicketDetail } from './ticketsApi';

const FIELDS = ['subject', 'category', 'body', 'orderCodes'] as const;
type ContactField = (typeof FIELDS)[number];

interface ContactSupportDialogProps {
  /** The order it is about (opened from the order's page): its tracking code is linked and named in the subject. */
  orderCode?: string;
  onOpened: (ticket: TicketDetail) => void;
  onClose: () => void;
}

/** 联系客服: subject, kind of problem and description; from an order's page the order is linked (orderCodes). */
export function ContactSupportDialog({ orderCode, onOpened, onClose }: ContactSupportDialogProps) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(() => (orderCode ? t('tickets.contact.subjectForOrder', { code: orderCode }) : ''));
  const [category, setCategory] = useState<TicketCategory>(orderCode ? 'change' : 'inquiry');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<Partial<Record<ContactField, string>>>({});
  const [other, setOther] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const missing: Partial<Record<ContactField, string>> = {};
    if (subject.trim() === '') missing.subject = t('tickets.contact.required');
    if (body.trim() === '') missing.body = t('tickets.contact.required');
    setProblems(missing);
    if (Object.keys(missing).length > 0) return;
    setBusy(true);
    setError(null);
    setOther([]);
    try {
      const ticket = await ticketsApi.open({
        subject: subject.trim(),
        body: body.trim(),
        category,
        ...(orderCode ? { orderCodes: [orderCode] } : {}),
      });
      onOpened(ticket);
    } catch (err) {
      const mapped = mapFieldErrors(fieldErrorsOf(err), FIELDS);
      setProblems(mapped.byField);
      setOther(mapped.other);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('tickets.contact.title')}
      onClose={onClose}
      testId="contact-support-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            data-testid="contact-support-submit"
            onClick={() => void submit()}
          >
            {busy ? t('common.saving') : t('tickets.contact.submit')}
          </button>
        </>
      }
    >
      <ErrorNotice error={error} testId="contact-support-error" />
      {other.length > 0 ? <p className="field-error">{clauseJoin(other)}</p> : null}
      {orderCode ? (
        <div className="field">
          <span className="field-label">{t('tickets.contact.order')}</span>
          <span className="mono strong" data-testid="contact-support-order">
            {orderCode}
          </span>
          {problems.orderCodes ? <p className="field-error">{problems.orderCodes}</p> : null}
        </div>
      ) : null}
      <Field label={t('tickets.contact.subject')} required error={problems.subject}>
        {(id) => (
          <input
            id={id}
            value={subject}
            maxLength={200}
            onChange={(e) => setSubject(e.target.value)}
            data-testid="contact-support-subject"
          />
        )}
      </Field>
      <Field label={t('tickets.contact.category')} error={problems.category}>
        {(id) => (
          <select
            id={id}
            value={category}
            onChange={(e) => setCategory(e.target.value as TicketCategory)}
            data-testid="contact-support-category"
          >
            {TICKET_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`tickets.categoryName.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('tickets.contact.body')} required error={problems.body}>
        {(id) => (
          <textarea
            id={id}
            rows={5}
            value={body}
            placeholder={t('tickets.contact.bodyPlaceholder')}
            onChange={(e) => setBody(e.target.value)}
            onKeyDown={onCtrlEnter(() => void submit())}
            data-testid="contact-support-body"
          />
        )}
      </Field>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WebhookEventTypeChoice } from '../../api/types';
import { webhooksApi } from '../../api/webhooks';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { ORDER_EVENTS, eventLabel } from './events';
import { SecretReveal } from '../apikeys/SecretReveal';

interface Props {
  onCreated: () => void;
  onClose: () => void;
}

/** Add-endpoint form; after creation the same dialog shows the signing secret exactly once. */
export function CreateEndpointDialog({ onCreated, onClose }: Props) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('https://');
  const [description, setDescription] = useState('');
  const [all, setAll] = useState(false);
  const [types, setTypes] = useState<WebhookEventTypeChoice[]>(['order.created', 'order.status_changed']);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<{ url?: string; types?: string }>({});
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      url: /^https?:\/\/\S+$/.test(url.trim()) ? undefined : t('webhooks.urlRequired'),
      types: all || types.length > 0 ? undefined : t('webhooks.eventTypesRequired'),
    };
    setProblems(next);
    if (next.url || next.types) return;
    setBusy(true);
    setError(null);
    try {
      const created = await webhooksApi.create({ url: url.trim(), description: description.trim(), eventTypes: all ? ['*'] : types });
      setSecret(created.secret);
      onCreated();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  if (secret) {
    return (
      <Dialog
        key="secret"
        title={t('webhooks.secretTitle')}
        onClose={onClose}
        dismissible={false}
        testId="webhook-secret-dialog"
        footer={
          <button type="button" className="btn btn-primary" data-testid="webhook-secret-done" onClick={onClose}>
            {t('webhooks.secretDone')}
          </button>
        }
      >
        <SecretReveal secret={secret} kind="webhook" />
      </Dialog>
    );
  }

  const toggle = (type: WebhookEventTypeChoice) =>
    setTypes((current) => (current.includes(type) ? current.filter((x) => x !== type) : [...current, type]));

  return (
    <Dialog
      key="form"
      title={t('webhooks.createTitle')}
      onClose={onClose}
      testId="webhook-create-dialog"
      footer={
        <>
          <button type="button" className="btn" data-testid="webhook-cancel" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form="webhook-create-form" className="btn btn-primary" data-testid="webhook-create-submit" disabled={busy}>
            {t('common.create')}
          </button>
        </>
      }
    >
      <form id="webhook-create-form" onSubmit={(e) => void submit(e)} noValidate>
        <ErrorNotice error={error} testId="webhook-create-error" />
        <Field label={t('webhooks.url')} htmlFor="webhook-url" required error={problems.url}>
          <input id="webhook-url" data-testid="webhook-url" value={url} maxLength={2000} onChange={(e) => setUrl(e.target.value)} />
        </Field>
        <p className="muted small">{t('webhooks.urlHint')}</p>
        <Field label={t('webhooks.description')} htmlFor="webhook-description">
          <input
            id="webhook-description"
            data-testid="webhook-description"
            value={description}
            maxLength={200}
            onChange={(e) => setDescription(e.target.value)}
          />
        </Field>
        <Field group label={t('webhooks.eventTypes')} required error={problems.types}>
          <div className="checkbox-list">
            <label className="checkbox">
              <input type="checkbox" data-testid="webhook-event-all" checked={all} onChange={() => setAll(!all)} />
              <span>{t('webhooks.allEvents')}</span>
            </label>
            {ORDER_EVENTS.map((type) => (
              <label key={type} className="checkbox">
                <input
                  type="checkbox"
                  data-testid={`webhook-event-${type}`}
                  disabled={all}
                  checked={all || types.includes(type)}
                  onChange={() => toggle(type)}
                />
                <span>
                  {eventLabel(t, type)} <code>{type}</code>
                </span>
              </label>
            ))}
          </div>
        </Field>
      </form>
    </Dialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/errors';
import { policyApi } from '../../api/policy';
import type { PolicySummary } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Field } from '../../components/Field';
import { mapFieldErrors } from '../../lib/fieldErrors';

const FIELDS = ['name', 'description', 'copyFromPolicyId'] as const;

/** New policy: a name, a description, and optionally a copy of another policy's rules. */
export function CreatePolicyDialog({
  policies,
  onCreated,
  onClose,
}: {
  policies: PolicySummary[];
  onCreated: (id: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [copyFrom, setCopyFrom] = useState('');
  const [problems, setProblems] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (name.trim() === '') {
      setProblems({ name: t('common.required') });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await policyApi.create({
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(copyFrom ? { copyFromPolicyId: copyFrom } : {}),
      });
      onClose();
      onCreated(created.id);
    } catch (err) {
      setProblems(mapFieldErrors(fieldErrorsOf(err), FIELDS).byField);
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('policy.new')}
      onClose={onClose}
      testId="policy-create-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            data-testid="policy-create-submit"
            onClick={() => void submit()}
          >
            {t('common.create')}
          </button>
        </>
      }
    >
      <ErrorNotice error={error} />
      <Field label={t('policy.list.name')} htmlFor="policy-name" required error={problems.name}>
        <input id="policy-name" data-testid="policy-name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label={t('policy.list.description')} htmlFor="policy-description" error={problems.description}>
        <input
          id="policy-description"
          data-testid="policy-description"
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </Field>
      <Field label={t('policy.list.copyFrom')} htmlFor="policy-copy" error={problems.copyFromPolicyId}>
        <select id="policy-copy" data-testid="policy-copy" value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
          <option value="">{t('policy.list.startEmpty')}</option>
          {policies.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
    </Dialog>
  );
}

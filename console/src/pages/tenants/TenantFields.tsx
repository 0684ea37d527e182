import { useTranslation } from 'react-i18next';
import { TENANT_TIERS } from '../../api/tenants';
import type { TenantTier } from '../../api/types';
import { Field } from '../../components/Field';
import { TIER_LABEL } from './tierLabel';

export interface TenantDraft {
  name: string;
  nameEn: string;
  shortName: string;
  creditCode: string;
  tier: TenantTier;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export type TenantField = keyof TenantDraft;
export const TENANT_FIELDS: readonly TenantField[] = [
  'name',
  'nameEn',
  'shortName',
  'creditCode',
  'tier',
  'contactName',
  'contactPhone',
  'contactEmail',
];
const REQUIRED: readonly TenantField[] = ['name', 'nameEn', 'creditCode', 'contactName', 'contactPhone', 'contactEmail'];

/** Required fields left blank, each with the "required" message. */
export function blankFields(draft: TenantDraft, message: string): Partial<Record<TenantField, string>> {
  return Object.fromEntries(REQUIRED.filter((f) => draft[f].trim() === '').map((f) => [f, message]));
}

const LABELS = {
  name: 'tenants.name',
  nameEn: 'tenants.nameEn',
  shortName: 'tenants.shortName',
  creditCode: 'tenants.creditCode',
  tier: 'tenants.tier',
  contactName: 'tenants.contactName',
  contactPhone: 'tenants.contactPhone',
  contactEmail: 'tenants.contactEmail',
} as const satisfies Record<TenantField, string>;

/** The particulars of an enterprise, for onboarding and editing. */
export function TenantFields({
  draft,
  onChange,
  errors,
}: {
  draft: TenantDraft;
  onChange: (next: TenantDraft) => void;
  errors: Partial<Record<TenantField, string>>;
}) {
  const { t } = useTranslation();
  const text = (field: Exclude<TenantField, 'tier'>, opts: { max: number; type?: string; hint?: string; mono?: boolean }) => (
    <Field label={t(LABELS[field])} htmlFor={`tenant-${field}`} required={REQUIRED.includes(field)} error={errors[field]} hint={opts.hint}>
      <input
        id={`tenant-${field}`}
        data-testid={`tenant-${field}`}
        type={opts.type ?? 'text'}
        className={opts.mono ? 'mono' : undefined}
        value={draft[field]}
        maxLength={opts.max}
        onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
      />
    </Field>
  );
  return (
    <div className="form-grid">
      {text('name', { max: 100 })}
      {text('nameEn', { max: 100 })}
      {text('shortName', { max: 30 })}
      {text('creditCode', { max: 40, hint: t('tenants.creditCodeHint'), mono: true })}
      <Field label={t('tenants.tier')} htmlFor="tenant-tier" required error={errors.tier}>
        <select
          id="tenant-tier"
          data-testid="tenant-tier"
          value={draft.tier}
          onChange={(e) => onChange({ ...draft, tier: TENANT_TIERS.find((x) => x === e.target.value) ?? draft.tier })}
        >
          {TENANT_TIERS.map((tier) => (
            <option key={tier} value={tier}>
              {t(TIER_LABEL[tier])}
            </option>
          ))}
        </select>
      </Field>
      {text('contactName', { max: 50 })}
      {text('contactPhone', { max: 20, type: 'tel' })}
      {text('contactEmail', { max: 254, type: 'email' })}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Cabin } from '../../../api/types';
import { CABINS } from '../../../api/values';
import { Field } from '../../../components/Field';
import { errorAt } from './inputs';
import type { FieldError } from '../../../api/errors';

interface CabinScopeProps {
  cabins: readonly Cabin[] | undefined;
  errors: FieldError[];
  testId: string;
  /** undefined: every cabin (the field is left out). */
  onChange: (cabins: Cabin[] | undefined) => void;
}

/** 适用舱位: the cabins a fare rule checks; none ticked means every cabin. */
export function CabinScope({ cabins, errors, testId, onChange }: CabinScopeProps) {
  const { t } = useTranslation();
  const chosen = cabins ?? [];
  const toggle = (cabin: Cabin, on: boolean) => {
    const next = on ? CABINS.filter((c) => c === cabin || chosen.includes(c)) : chosen.filter((c) => c !== cabin);
    onChange(next.length > 0 ? next : undefined);
  };
  return (
    <Field group label={t('policyClosed.cabins.label')} hint={t('policyClosed.cabins.hint')} error={errorAt(errors, 'params.cabins')}>
      <div className="inline-checks">
        {CABINS.map((cabin) => (
          <label key={cabin} className="checkbox">
            <input
              type="checkbox"
              data-testid={`${testId}-cabin-${cabin}`}
              checked={chosen.includes(cabin)}
              onChange={(e) => toggle(cabin, e.target.checked)}
            />
            <span>{t(`policy.cabin.${cabin}`)}</span>
          </label>
        ))}
      </div>
    </Field>
  );
}

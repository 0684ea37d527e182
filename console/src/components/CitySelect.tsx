import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { geoApi } from '../api/geo';
import type { City } from '../api/types';
import { cityById, cityLabel, rememberCities, useCityDirectory, type CityName } from '../lib/cities';
import { zhEn } from '../lib/localized';
import { useDebounced } from '../lib/useDebounced';
import { comboboxKeyDown, ComboboxOptions, optionIdOf } from './ComboboxOptions';
import { useFieldControlId } from './Field';

interface CitySelectProps {
  id?: string;
  testId: string;
  /** The chosen city's id ('beijing'); '' for none. */
  value: string;
  onChange: (id: string) => void;
  invalid?: boolean;
  disabled?: boolean;
  /** Placeholder of the empty box; defaults to the search hint. */
  emptyLabel?: string;
  /** The box's name when no Field or label names it. */
  ariaLabel?: string;
}

const MAX_OPTIONS = 10;

/** What an option shows: the directory's view of a search result, or of a city it already holds. */
type Option = Pick<CityName, 'id' | 'zh' | 'en' | 'tier' | 'province' | 'provinceEn'> & { iata: string | null };

const optionOf = (c: City): Option => ({
  id: c.id,
  zh: c.zh,
  en: c.en,
  tier: c.tier,
  province: c.province.zh,
  provinceEn: c.province.en,
  iata: c.iataCity,
});

/**
 * A city picker over the geo directory: type Chinese (北京), pinyin (beijing, beij), initials (bj),
 * English or a code (PEK, SHA) and the server finds the city; with nothing typed it suggests the
 * 一线 and 新一线 cities. The value is the city's id ('beijing').
 */
export function CitySelect({ id, testId, value, onChange, invalid, disabled, emptyLabel, ariaLabel }: CitySelectProps) {
  const { t } = useTranslation();
  useCityDirectory();
  const controlId = useFieldControlId(id);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = query.trim();
  const term = useDebounced(typed, 200);
  const [found, setFound] = useState<{ term: string; options: Option[] } | null>(null);
  // From the first key until the answer for what is typed arrives.
  const searching = typed !== '' && (term !== typed || found?.term !== term);

  useEffect(() => {
    if (!editing || term === '') return undefined;
    const controller = new AbortController();
    geoApi
      .cities({ q: term, limit: MAX_OPTIONS }, controller.signal)
      .then((list) => {
        rememberCities(list.items);
        setFound({ term, options: list.items.map(optionOf) });
      })
      .catch(() => {
        if (!controller.signal.aborted) setFound({ term, options: [] });
      });
    return () => controller.abort();
  }, [term, editing]);

  const suggestions = (): Option[] =>
    ['beijing', 'shanghai', 'guangzhou', 'shenzhen', 'chengdu', 'hangzhou', 'chongqing', 'wuhan', 'xian', 'nanjing']
      .map((cityId) => cityById(cityId))
      .filter((c): c is CityName => c !== undefined)
      .map((c) => ({ ...c, iata: null }));
  const options = typed === '' ? suggestions() : !searching && found ? found.options : [];
  const current = editing && active >= 0 && active < options.length ? active : -1;

  const choose = (option: Option) => {
    onChange(option.id);
    setQuery('');
    setEditing(false);
    setActive(-1);
  };
  const shown = editing ? query : value === '' ? '' : cityLabel(value);

  return (
    <div
      className="picker city-picker"
      onBlur={(e) => {
        const next = e.relatedTarget;
        if (next instanceof Node && e.currentTarget.contains(next)) return;
        // Emptying the box and leaving it clears the choice; anything else typed and not picked is dropped.
        if (editing && query.trim() === '' && value !== '') onChange('');
        setEditing(false);
        setQuery('');
      }}
    >
      {/* A combobox (ARIA 1.2): focus stays in the box; arrows move through the options, Enter picks. */}
      <input
        id={controlId}
        aria-label={ariaLabel}
        data-testid={testId}
        data-city-id={value || undefined}
        type="text"
        role="combobox"
        aria-expanded={editing}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={current >= 0 ? optionIdOf(listId, current) : undefined}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        placeholder={emptyLabel ?? t('picker.citySearch')}
        value={shown}
        disabled={disabled}
        onFocus={(e) => {
          setEditing(true);
          setQuery(value === '' ? '' : cityLabel(value));
          e.currentTarget.select();
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setEditing(true);
          setActive(-1);
        }}
        onKeyDown={(e) =>
          comboboxKeyDown(e, {
            options,
            current,
            setActive,
            setOpen: (open) => {
              setEditing(open);
              if (!open) setQuery('');
            },
            onChoose: choose,
            pickSingle: true,
          })
        }
      />
      {editing ? (
        <ComboboxOptions
          testId={testId}
          listId={listId}
          label={ariaLabel ?? t('picker.citySearch')}
          options={options}
          current={current}
          keyOf={(option) => option.id}
          dataOf={(option) => ({ 'data-city-id': option.id })}
          onChoose={choose}
          note={searching ? t('common.loading') : typed !== '' && options.length === 0 ? t('picker.noCity') : null}
          render={(option) => (
            <>
              <strong>{zhEn(option.zh, option.en)}</strong>
              <span className="muted">
                {[zhEn(option.province, option.provinceEn), t(`cityTier.${option.tier}`), option.iata].filter(Boolean).join(' · ')}
              </span>
            </>
          )}
        />
      ) : null}
    </div>
  );
}

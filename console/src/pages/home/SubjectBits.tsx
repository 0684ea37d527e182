import { useTranslation } from 'react-i18next';
import { cityLabel, useCityDirectory } from '../../lib/cities';

export interface Leg {
  fromCity: string;
  toCity: string;
  departDate: string;
  returnDate: string | null;
}

export interface Flag {
  code: string;
  note: string | null;
}

const shortDate = (date: string) => date.slice(5);

/** "上海 → 北京 12-10–12-12", one line per leg. */
export function Itinerary({ legs }: { legs: readonly Leg[] }) {
  const { t } = useTranslation();
  useCityDirectory();
  if (legs.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <span className="itinerary" data-testid="itinerary">
      {legs.map((l, i) => (
        <span key={i} className="nowrap itinerary-leg">
          {t('roleHome.legs', { from: cityLabel(l.fromCity), to: cityLabel(l.toCity) })}{' '}
          <span className="muted small">
            {shortDate(l.departDate)}
            {l.returnDate && l.returnDate !== l.departDate ? `–${shortDate(l.returnDate)}` : ''}
          </span>
        </span>
      ))}
    </span>
  );
}

const known = ['over_budget', 'out_of_policy'] as const;
const isKnown = (code: string): code is (typeof known)[number] => (known as readonly string[]).includes(code);

/** The flags an approver should notice, each with its note as a tooltip; unknown flags read "needs attention". */
export function FlagBadges({ flags }: { flags: readonly Flag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <span className="tag-list">
      {flags.map((f) => (
        <span
          key={f.code}
          className="badge badge-warning inline-badge"
          data-testid="subject-flag"
          data-flag={f.code}
          title={f.note ? t('roleHome.flags.note', { note: f.note }) : undefined}
        >
          {isKnown(f.code) ? t(`roleHome.flags.${f.code}`) : t('roleHome.flags.other')}
        </span>
      ))}
    </span>
  );
}

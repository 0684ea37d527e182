import { currentLanguage } from '../i18n';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'datetime' | 'date'): Intl.DateTimeFormat {
  const lang = currentLanguage();
  const key = `${lang}|${kind}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt =
      kind === 'datetime'
        ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' })
        : new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    cache.set(key, fmt);
  }
  return fmt;
}

/** Formats an API UTC ISO timestamp in the viewer's time zone and current language. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter('datetime').format(date);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatter('date').format(date);
}

/** Full timestamp with seconds and zone, for tooltips. */
export function formatDateTimeFull(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage(), {
    dateStyle: 'full',
    timeStyle: 'long',
  }).format(date);
}

/** A phrase made to start a line or a choice: 'business' → 'Business'. Chinese text is unchanged. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

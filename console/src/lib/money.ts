import { currentLanguage } from '../i18n';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(decimals: boolean): Intl.NumberFormat {
  const key = `${currentLanguage()}|${decimals}`;
  let fmt = formatters.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(currentLanguage(), {
      minimumFractionDigits: decimals ? 2 : 0,
      maximumFractionDigits: decimals ? 2 : 0,
    });
    formatters.set(key, fmt);
  }
  return fmt;
}

/** 158000 fen → "¥1,580"; 158050 → "¥1,580.50"; negative amounts keep their sign. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}¥${formatter(abs % 100 !== 0).format(abs / 100)}`;
}

/** A yuan amount typed by the user ("1580", "1,580.5", "¥1580") in fen; null when it is not a number ≥ 0. */
export function yuanToFen(input: string): number | null {
  const cleaned = input.replace(/[¥￥,\s]/g, '');
  if (cleaned === '' || !/^\d+(\.\d{0,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}

/** Fen as the plain yuan text an input shows ("1580", "1580.5"). */
export function fenToYuanText(fen: number | null | undefined): string {
  if (fen === null || fen === undefined || !Number.isFinite(fen)) return '';
  return String(fen / 100);
}

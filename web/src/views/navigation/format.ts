/** Number formats shared by the navigation views. Pure. */
import { formatInteger, type Lang, localeOf } from '@web/src/i18n';

export { formatInteger };

export function formatPercent(share: number | null | undefined, lang: Lang, digits = 1): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(share);
}

/** Growth as a signed percentage: +35 %, −20 %; "—" when it has no finite value (from nothing). */
export function formatGrowth(growth: number | null | undefined, lang: Lang): string {
  if (growth === null || growth === undefined || !Number.isFinite(growth)) return '—';
  const text = formatPercent(Math.abs(growth), lang, 0);
  return growth > 0 ? `+${text}` : growth < 0 ? `−${text}` : text;
}

export function formatRatio(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(
    value,
  );
}

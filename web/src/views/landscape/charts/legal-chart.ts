/**
 * Legal status (法律状态) and expiry windows (到期窗口): families per status word, and in-force
 * families whose statutory term ends within 1, 3, 5 … years of the API's reference date.
 */
import type { LegalResponse } from '@graph-schema/dto/landscape-actors';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { formatParam } from '@web/src/i18n/explain';
import { rankedBars } from './ranked-bars';

/** Status colours: in force green, pending blue, everything not in force grey, unknown pale. */
const STATUS_COLOURS: Readonly<Record<string, string>> = {
  active: '#009e73',
  pending: '#0072b2',
  unknown: '#cbd2d9',
};
const NOT_IN_FORCE = '#7b8794';

export function legalStatusChart(data: LegalResponse, t: Translate, lang: Lang): SVGSVGElement {
  const bars = [...data.statuses]
    .sort((a, b) => b.families - a.families || a.status.localeCompare(b.status))
    .map((row) => ({
      name: formatParam('legalStatus', row.status, lang),
      value: row.families,
      valueText: formatInteger(row.families, lang),
      colour: STATUS_COLOURS[row.status] ?? NOT_IN_FORCE,
      detail: t('dashboard.legal.publications', { count: formatInteger(row.publications, lang) }),
    }));
  return rankedBars(bars, { kind: 'legal-status', label: t('dashboard.legal.label'), nameWidth: 160 });
}

export function expiryChart(data: LegalResponse, t: Translate, lang: Lang): SVGSVGElement {
  const bars = data.expiry.map((window) => ({
    name: t('dashboard.expiry.window', { years: window.withinYears, until: window.until }),
    value: window.families,
    valueText: formatInteger(window.families, lang),
    colour: '#d55e00',
    detail: t('dashboard.legal.publications', { count: formatInteger(window.publications, lang) }),
  }));
  return rankedBars(bars, { kind: 'expiry', label: t('dashboard.expiry.label'), nameWidth: 160 });
}

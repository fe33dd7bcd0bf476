/** Inventor ranking (发明人排名): families per inventor as bars, each with the applicant they file with most. */
import type { InventorsResponse } from '@graph-schema/dto/landscape-actors';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { SERIES_COLOURS } from './palette';
import { rankedBars } from './ranked-bars';

export const INVENTOR_BARS = 15;

export function inventorsChart(data: InventorsResponse, t: Translate, lang: Lang): SVGSVGElement {
  const bars = data.ranking.slice(0, INVENTOR_BARS).map((row) => ({
    name: row.name,
    value: row.families,
    valueText: formatInteger(row.families, lang),
    colour: SERIES_COLOURS.grants,
    detail: row.mainApplicant
      ? t('dashboard.inventors.mainApplicant', { name: row.mainApplicant.name })
      : undefined,
  }));
  return rankedBars(bars, { kind: 'inventors', label: t('dashboard.inventors.label'), nameWidth: 160 });
}

/** The candidate list (white space first, then apparent gaps) with its download. */
import type { TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { explainAll } from '@web/src/i18n/explain';
import { bothNames } from '../navigation/bilingual';
import { dataTable } from '../navigation/table';
import type { ViewContext } from '../types';

export function candidateTable(data: TechEffectResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const rows = new Map(data.rows.map((row) => [row.id, bothNames(row.name, row.id)]));
  const effects = new Map(data.effects.map((effect) => [effect.id, `${effect.name.zh} / ${effect.name.en}`]));
  return dataTable({
    title: t('nav.te.candidates', { count: data.candidates.length }),
    columns: [
      { label: t('nav.te.kind') },
      { label: t('kind.branch') },
      { label: t('nav.te.effect') },
      { label: t('details.families'), kind: 'int' },
      { label: t('nav.te.band') },
      { label: t('nav.reasons') },
      { label: t('nav.te.examples') },
    ],
    rows: data.candidates.map((cell) => [
      t(`nav.te.kind.${cell.kind}`),
      rows.get(cell.row) ?? cell.row,
      effects.get(cell.effect) ?? cell.effect,
      cell.families,
      cell.band ? t(`nav.te.band.${cell.band}`) : '',
      explainAll(cell.reasons, lang),
      [...cell.examples, ...cell.artefactEvidence].join(' '),
    ]),
    what: `white-space-${data.chain.id}`,
    t,
    lang,
    testId: 'te-candidates',
  });
}

/** The details panel of one matrix cell: kind, families, indicative ratio, reasons, example patents. */
import type { TechEffectCell, TechEffectEvidence, TechEffectResponse } from '@graph-schema/dto/tech-effect';
import { h } from '@web/src/dom/h';
import { explain } from '@web/src/i18n/explain';
import { patentLink } from '@web/src/patent/patent-link';
import { nameIn } from '../navigation/bilingual';
import { formatInteger } from '../navigation/format';
import type { ViewContext } from '../types';

function row(term: string, value: string): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, value)];
}

function patentList(title: string, ids: readonly string[], context: ViewContext): HTMLElement[] {
  if (ids.length === 0) return [];
  return [
    h('h3', null, title),
    h(
      'ul',
      { attrs: { class: 'patent-ids' } },
      ...ids.map((id) => h('li', null, patentLink(id, context.t, context.openPatent))),
    ),
  ];
}

/** The sentence with the matched phrase marked; the phrase is searched in the sentence (it lies in it). */
function sentenceWithPhrase(evidence: TechEffectEvidence): Array<HTMLElement | string> {
  const at = evidence.sentence.indexOf(evidence.phrase);
  if (at < 0) return [evidence.sentence];
  return [
    evidence.sentence.slice(0, at),
    h('mark', null, evidence.phrase),
    evidence.sentence.slice(at + evidence.phrase.length),
  ];
}

/** Where each example states the effect: patent, text field, pattern, and the sentence with the phrase. */
function evidenceList(evidence: readonly TechEffectEvidence[], context: ViewContext): HTMLElement[] {
  if (evidence.length === 0) return [];
  const { t } = context;
  return [
    h('h3', null, t('nav.te.evidence')),
    h(
      'ul',
      { attrs: { class: 'te-evidence' } },
      ...evidence.map((item) =>
        h(
          'li',
          { attrs: { 'data-patent': item.patent, 'data-pattern': item.pattern } },
          patentLink(item.patent, t, context.openPatent),
          ' ',
          h('span', { attrs: { class: 'muted' } }, `${t('nav.te.pattern')}: ${item.pattern} · ${item.field}`),
          h('blockquote', { attrs: { class: 'te-sentence' } }, ...sentenceWithPhrase(item)),
        ),
      ),
    ),
  ];
}

export function cellTitle(data: TechEffectResponse, cell: TechEffectCell, context: ViewContext): string {
  const branch = data.rows.find((r) => r.id === cell.row);
  const effect = data.effects.find((e) => e.id === cell.effect);
  const branchName = branch ? nameIn(branch.name, context.lang, branch.id) : cell.row;
  return `${branchName} × ${effect?.name[context.lang] ?? cell.effect}`;
}

export function cellDetails(cell: TechEffectCell, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const band = cell.band ? t(`nav.te.band.${cell.band}`) : '—';
  const ratio = cell.observedToExpected === null ? '—' : `≈ ${cell.observedToExpected} (${band})`;
  return h(
    'div',
    { attrs: { class: 'node-details te-details', 'data-kind': cell.kind } },
    h(
      'dl',
      null,
      ...row(t('nav.te.kind'), t(`nav.te.kind.${cell.kind}`)),
      ...row(t('details.families'), formatInteger(cell.families, lang)),
      ...row(t('nav.te.ratio'), ratio),
    ),
    h('p', { attrs: { class: 'muted' } }, t('nav.te.ratioNote')),
    cell.reasons.length > 0 && h('h3', null, t('nav.reasons')),
    cell.reasons.length > 0 &&
      h(
        'ul',
        { attrs: { class: 'reasons' } },
        ...cell.reasons.map((reason) =>
          h('li', { attrs: { 'data-code': reason.code } }, explain(reason, lang)),
        ),
      ),
    ...patentList(t('nav.te.examples'), cell.examples, context),
    ...evidenceList(cell.evidence, context),
    ...patentList(t('nav.te.artefacts'), cell.artefactEvidence, context),
  );
}

/**
 * Composition (技术构成): families per technology branch, WIPO technology field, or CPC/IPC code at a
 * chosen level, as ranked bars or a treemap. One switch picks what is shown, another how; branches and
 * fields come with every composition answer, a class level is its own request (scheme + level).
 */
import type { CompositionResponse } from '@graph-schema/dto/landscape-trends';
import { CLASS_LEVELS } from '@graph-schema/dto/landscape-trends';
import type { CompositionLevel } from '@web/src/api/landscape';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { formatPercent } from '@web/src/views/navigation/format';
import { SERIES_COLOURS } from './palette';
import { type RankedBar, rankedBars } from './ranked-bars';
import { treemapChart } from './treemap-chart';
import { wipoFieldName } from './wipo-field-names';

/** Bars shown at most: the rest is in the API answer (evidence link). */
export const COMPOSITION_BARS = 15;

export type CompositionChoice =
  | 'branch'
  | 'wipo'
  | `${CompositionLevel['scheme']}.${CompositionLevel['level']}`;

export const COMPOSITION_CHOICES: readonly CompositionChoice[] = [
  'branch',
  'wipo',
  ...CLASS_LEVELS.map((level) => `CPC.${level}` as const),
  ...CLASS_LEVELS.map((level) => `IPC.${level}` as const),
];

export const DEFAULT_COMPOSITION: CompositionChoice = 'branch';

/** How composition is drawn: ranked bars (default) or a treemap. */
export const COMPOSITION_FORMS = ['bars', 'treemap'] as const;
export type CompositionForm = (typeof COMPOSITION_FORMS)[number];
export const DEFAULT_COMPOSITION_FORM: CompositionForm = 'bars';

/** The class request a choice needs; branches and fields ride on the default (CPC subclass) answer. */
export function compositionLevelOf(choice: CompositionChoice): CompositionLevel {
  if (choice === 'branch' || choice === 'wipo') return { scheme: 'CPC', level: 'subclass' };
  const [scheme, level] = choice.split('.') as [CompositionLevel['scheme'], CompositionLevel['level']];
  return { scheme, level };
}

function bilingualName(name: { zh: string | null; en: string | null }, id: string, lang: Lang): string {
  return (lang === 'zh' ? (name.zh ?? name.en) : (name.en ?? name.zh)) ?? id;
}

/** Leaf branches of every chain, most families first (ties by id, so the order is stable). */
function branchRows(
  data: CompositionResponse,
  lang: Lang,
): { name: string; families: number; share: number }[] {
  const leaves = data.chains.flatMap((chain) =>
    chain.segments.flatMap((segment) =>
      segment.branches.map((branch) => ({
        id: branch.id,
        name: bilingualName(branch.name, branch.id, lang),
        families: branch.families,
      })),
    ),
  );
  leaves.sort((a, b) => b.families - a.families || a.id.localeCompare(b.id));
  const share = (families: number) => (data.families === 0 ? 0 : families / data.families);
  return leaves.map((leaf) => ({ name: leaf.name, families: leaf.families, share: share(leaf.families) }));
}

export function compositionRows(
  data: CompositionResponse,
  choice: CompositionChoice,
  lang: Lang,
): { name: string; families: number; share: number }[] {
  if (choice === 'branch') return branchRows(data, lang);
  if (choice === 'wipo')
    return data.wipoFields.map((field) => ({
      name: wipoFieldName(field, lang),
      families: field.families,
      share: field.share,
    }));
  return data.classes.map((entry) => ({ name: entry.code, families: entry.families, share: entry.share }));
}

export function compositionChart(
  data: CompositionResponse,
  choice: CompositionChoice,
  t: Translate,
  lang: Lang,
  form: CompositionForm = DEFAULT_COMPOSITION_FORM,
): SVGSVGElement {
  const rows = compositionRows(data, choice, lang)
    .slice(0, COMPOSITION_BARS)
    .map((row) => ({
      name: row.name,
      value: row.families,
      valueText: `${formatInteger(row.families, lang)} (${formatPercent(row.share, lang)})`,
    }));
  const label = t('dashboard.composition.label');
  if (form === 'treemap') return treemapChart(rows, { kind: 'composition-treemap', label });
  const bars: RankedBar[] = rows.map((row) => ({ ...row, colour: SERIES_COLOURS.families }));
  return rankedBars(bars, { kind: 'composition', label, nameWidth: 180 });
}

export function compositionSwitch(
  t: Translate,
  choice: CompositionChoice,
  onChange: (choice: CompositionChoice) => void,
): HTMLElement {
  const select = h(
    'select',
    { attrs: { 'data-testid': 'composition-level' } },
    ...COMPOSITION_CHOICES.map((option) =>
      h(
        'option',
        { attrs: { value: option, selected: option === choice } },
        t(`dashboard.composition.choice.${option}`),
      ),
    ),
  );
  select.addEventListener('change', () => onChange(select.value as CompositionChoice));
  return h('label', { attrs: { class: 'chart-control' } }, `${t('dashboard.composition.show')} `, select);
}

export function compositionFormSwitch(
  t: Translate,
  form: CompositionForm,
  onChange: (form: CompositionForm) => void,
): HTMLElement {
  const select = h(
    'select',
    { attrs: { 'data-testid': 'composition-form' } },
    ...COMPOSITION_FORMS.map((option) =>
      h(
        'option',
        { attrs: { value: option, selected: option === form } },
        t(`dashboard.composition.form.${option}`),
      ),
    ),
  );
  select.addEventListener('change', () => onChange(select.value as CompositionForm));
  return h('label', { attrs: { class: 'chart-control' } }, `${t('dashboard.composition.form')} `, select);
}

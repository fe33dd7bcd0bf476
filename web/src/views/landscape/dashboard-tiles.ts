/**
 * The dashboard tiles that have their own request: composition (with its level switch), geography,
 * applicant ranking, legal status, expiry windows and inventors. Each tile loads on its own, so a
 * slow module does not hold the others back.
 */
import type {
  ApplicantsResponse,
  InventorsResponse,
  LegalResponse,
} from '@graph-schema/dto/landscape-actors';
import type { CompositionResponse, GeographyResponse } from '@graph-schema/dto/landscape-trends';
import {
  applicantsUrl,
  compositionUrl,
  fetchComposition,
  geographyUrl,
  inventorsUrl,
  legalUrl,
} from '@web/src/api/landscape';
import { h } from '@web/src/dom/h';
import { formatInteger } from '@web/src/i18n';
import { explain } from '@web/src/i18n/explain';
import { latestOnly, loadInto } from '../load';
import { formatPercent } from '../navigation/format';
import type { ViewContext } from '../types';
import { APPLICANT_BARS, applicantsChart, concentrationLines } from './charts/applicants-chart';
import { chartNote, chartPanel } from './charts/chart-panel';
import {
  COMPOSITION_BARS,
  COMPOSITION_CHOICES,
  COMPOSITION_FORMS,
  type CompositionChoice,
  type CompositionForm,
  compositionChart,
  compositionFormSwitch,
  compositionLevelOf,
  compositionRows,
  compositionSwitch,
  DEFAULT_COMPOSITION,
  DEFAULT_COMPOSITION_FORM,
} from './charts/composition-chart';
import { geographyChart } from './charts/geography-chart';
import { INVENTOR_BARS, inventorsChart } from './charts/inventors-chart';
import { expiryChart, legalStatusChart } from './charts/legal-chart';
import { tierLines } from './tiers';

export function compositionChoiceFrom(raw: string | undefined): CompositionChoice {
  return COMPOSITION_CHOICES.find((choice) => choice === raw) ?? DEFAULT_COMPOSITION;
}

export function compositionFormFrom(raw: string | undefined): CompositionForm {
  return COMPOSITION_FORMS.find((form) => form === raw) ?? DEFAULT_COMPOSITION_FORM;
}

interface CompositionShown {
  choice: CompositionChoice;
  form: CompositionForm;
}

function compositionPanel(
  data: CompositionResponse,
  shownAs: CompositionShown,
  context: ViewContext,
  onChange: (next: CompositionShown) => void,
): HTMLElement {
  const { t, lang } = context;
  const { choice, form } = shownAs;
  const shown = compositionRows(data, choice, lang).length;
  const cut = shown > COMPOSITION_BARS || (choice.includes('.') && data.truncated.classes);
  return chartPanel(context, {
    id: 'composition',
    title: t('dashboard.composition.title', { what: t(`dashboard.composition.choice.${choice}`) }),
    chart: compositionChart(data, choice, t, lang, form),
    basis: data.basis,
    evidenceUrl: compositionUrl(context.filters, compositionLevelOf(choice)),
    controls: h(
      'div',
      { attrs: { class: 'chart-controls' } },
      compositionSwitch(t, choice, (next) => onChange({ choice: next, form })),
      compositionFormSwitch(t, form, (next) => onChange({ choice, form: next })),
    ),
    notes: [
      chartNote(shown === 0 ? t('dashboard.none') : null),
      chartNote(t('dashboard.composition.total', { families: formatInteger(data.families, lang) })),
      ...data.notes.map((note) => chartNote(explain(note, lang))),
      chartNote(form === 'treemap' ? t('dashboard.composition.treemapNote') : null),
      chartNote(cut ? t('dashboard.topOnly', { count: Math.min(shown, COMPOSITION_BARS) }) : null),
    ],
  });
}

/**
 * The composition tile: switching between branches and fields, or bars and treemap, redraws; a
 * class level is a new request. Both choices stay in the URL (defaults omitted).
 */
export function compositionTile(host: HTMLElement, context: ViewContext): void {
  const nextSignal = latestOnly(context.signal);
  const show = ({ choice, form }: CompositionShown) => {
    context.setViewParams({
      composition: choice === DEFAULT_COMPOSITION ? undefined : choice,
      compositionForm: form === DEFAULT_COMPOSITION_FORM ? undefined : form,
    });
    loadInto(host, context.t, nextSignal(), {
      load: (signal) => fetchComposition(context.filters, compositionLevelOf(choice), signal),
      isEmpty: () => false,
      render: (data) => host.replaceChildren(compositionPanel(data, { choice, form }, context, show)),
    });
  };
  const params = context.viewParams();
  show({
    choice: compositionChoiceFrom(params.composition),
    form: compositionFormFrom(params.compositionForm),
  });
}

export function geographyTile(data: GeographyResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  const headline = t('dashboard.geography.pct', {
    share: formatPercent(data.pct.share, lang),
    families: formatInteger(data.pct.families, lang),
  });
  return chartPanel(context, {
    id: 'geography',
    title: t('dashboard.geography.title'),
    chart: geographyChart(data, t, lang),
    basis: data.basis,
    evidenceUrl: geographyUrl(context.filters),
    notes: [
      h('p', { attrs: { class: 'chart-headline', 'data-testid': 'pct-share' } }, headline),
      ...data.notes.map((note) => chartNote(explain(note, lang))),
    ],
  });
}

export function applicantsTile(data: ApplicantsResponse, top: number, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return chartPanel(context, {
    id: 'applicants',
    title: t('dashboard.applicants.title'),
    chart: applicantsChart(data, t, lang),
    basis: data.basis,
    evidenceUrl: applicantsUrl(context.filters, top),
    notes: [
      concentrationLines(data, t, lang),
      chartNote(
        data.ranking.length > APPLICANT_BARS ? t('dashboard.topOnly', { count: APPLICANT_BARS }) : null,
      ),
      tierLines(data, context),
    ],
  });
}

export function legalTiles(data: LegalResponse, context: ViewContext): HTMLElement[] {
  const { t, lang } = context;
  const asOf = () => chartNote(t('dashboard.legal.asOf', { asOf: data.asOf }));
  // The expiry-window rule goes under the expiry chart, every other note under the status chart.
  const isExpiry = (code: string) => code === 'note.legalExpiryWindows';
  const notes = (expiry: boolean) =>
    data.notes.filter((note) => isExpiry(note.code) === expiry).map((note) => chartNote(explain(note, lang)));
  return [
    chartPanel(context, {
      id: 'legal-status',
      title: t('dashboard.legal.title'),
      chart: legalStatusChart(data, t, lang),
      basis: data.basis,
      evidenceUrl: legalUrl(context.filters),
      notes: [asOf(), ...notes(false)],
    }),
    chartPanel(context, {
      id: 'expiry',
      title: t('dashboard.expiry.title'),
      chart: expiryChart(data, t, lang),
      basis: data.basis,
      evidenceUrl: legalUrl(context.filters),
      notes: [asOf(), ...notes(true)],
    }),
  ];
}

export function inventorsTile(data: InventorsResponse, context: ViewContext): HTMLElement {
  const { t, lang } = context;
  return chartPanel(context, {
    id: 'inventors',
    title: t('dashboard.inventors.title'),
    chart: inventorsChart(data, t, lang),
    basis: data.basis,
    evidenceUrl: inventorsUrl(context.filters),
    notes: [
      chartNote(t('dashboard.inventors.total', { inventors: formatInteger(data.inventors, lang) })),
      chartNote(
        data.ranking.length > INVENTOR_BARS ? t('dashboard.topOnly', { count: INVENTOR_BARS }) : null,
      ),
    ],
  });
}

/**
 * The words of an exported figure's frame (pure): title, the legend as read from the page, and the
 * caption that makes a printed map self-explaining — scope, date basis, what is counted (the API's
 * basis sentence), data source, data version (in words) and the day it was made, all in the page's language.
 */

import { DateBasis } from '@graph-schema/dto/scope';
import { parseDataVersion } from '@graph-schema/vocabulary/data-version';
import type { FigureFrame, LegendLine } from '@web/src/graph/figure-frame';
import type { Lang, Translate } from '@web/src/i18n';
import { dataVersionLabel } from '@web/src/i18n/data-version-label';
import { type ExplanationLike, explain } from '@web/src/i18n/explain';
import type { Filters } from '@web/src/scope/filters';
import { scopeText } from '@web/src/scope/scope-text';

export interface DataState {
  version: string;
  lastIngestAt: string | null;
}

export interface FigureWords {
  /** The view's title, translated. */
  viewTitle: string;
  /** What the figure shows within the view: the chain's name, a team, … */
  subject?: string | undefined;
  filters: Filters;
  /** The answer's basis (or map measure): what is counted and by which date. */
  basis?: ExplanationLike | undefined;
  legend: LegendLine[];
  /** From GET /api/health; undefined when the server did not answer. */
  data: DataState | undefined;
  /** The day the figure is made, YYYY-MM-DD. */
  today: string;
  t: Translate;
  lang: Lang;
}

/** The API's own date basis (its basis params) wins over the filter: it is what was computed. */
function dateBasisOf(words: FigureWords): DateBasis {
  const parsed = DateBasis.safeParse(words.basis?.params.dateBasis);
  return parsed.success ? parsed.data : words.filters.dateBasis;
}

/**
 * In words (when the data was loaded, how many patents) rather than the fingerprint caches are
 * keyed by; a hashed one (a user limited to some workspaces) has no parts and is shown as it is.
 */
function versionWords(words: FigureWords, version: string): string {
  return parseDataVersion(version) ? dataVersionLabel(words.t, words.lang, version) : version;
}

export function figureFrame(words: FigureWords): FigureFrame {
  const { t, data } = words;
  const basis = t(`basis.${dateBasisOf(words)}`);
  const caption = [
    { label: t('figure.scope'), value: scopeText(words.filters, t, words.lang) },
    { label: t('figure.dateBasis'), value: t('figure.dateBasisValue', { basis }) },
    ...(words.basis ? [{ label: t('figure.counts'), value: explain(words.basis, words.lang) }] : []),
    { label: t('figure.source'), value: t('figure.sourceGraph') },
    {
      label: t('figure.version'),
      value: data ? versionWords(words, data.version) : t('figure.versionUnknown'),
    },
    { label: t('figure.made'), value: words.today },
  ];
  return {
    title: words.subject ? `${words.viewTitle} — ${words.subject}` : words.viewTitle,
    legendTitle: t('legend.title'),
    legend: words.legend,
    caption,
  };
}

/**
 * Renders the API's structured explanations `{code, params, text}` in the UI language: the message
 * `explain.<code>` with its params formatted for the language (percentages, decimals, lists,
 * status words). A code without a message — an API newer than this bundle — shows the API's
 * English `text`, so the reason is never lost. Pure.
 */
import type { ExplanationParam, ExplanationParams } from '@graph-schema/dto/explanation';
import { interpolate, type Lang, localeOf, MESSAGES, type MessageKey } from './index';

/** What the renderer needs of an explanation; the code is a plain string so unknown codes fall back. */
export interface ExplanationLike {
  code: string;
  params: ExplanationParams;
  text: string;
}

type NumberStyle = 'signedPercent' | 'percent' | 'twoDecimals' | 'oneDecimal' | 'whole' | 'year';

/**
 * How each numeric param is shown, by name (the names are the same across domains). Ratios travel
 * unformatted (0.5), so percentages are made here; any other number is shown with up to 2 decimals.
 */
const NUMBER_STYLES: Readonly<Record<string, NumberStyle>> = {
  growth: 'signedPercent',
  familyGrowth: 'signedPercent',
  applicantGrowth: 'signedPercent',
  fieldShare: 'percent',
  ownShare: 'percent',
  shareOfLeafFilings: 'percent',
  minFieldShare: 'percent',
  minGrowth: 'percent',
  declineDrop: 'percent',
  growthFamilies: 'percent',
  growthApplicants: 'percent',
  tieShare: 'percent',
  rta: 'twoDecimals',
  hhi: 'twoDecimals',
  mean: 'oneDecimal',
  // An indicative "about so many" count: decimals would suggest a precision it does not have.
  expected: 'whole',
  // Years are labels, not quantities: no digit grouping (2023, not 2,023).
  firstYear: 'year',
  lastYear: 'year',
};

const FORMAT_OPTIONS: Readonly<Record<NumberStyle | 'plain', Intl.NumberFormatOptions>> = {
  signedPercent: { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' },
  percent: { style: 'percent', maximumFractionDigits: 1 },
  twoDecimals: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  oneDecimal: { minimumFractionDigits: 1, maximumFractionDigits: 1 },
  whole: { maximumFractionDigits: 0 },
  year: { useGrouping: false, maximumFractionDigits: 0 },
  plain: { maximumFractionDigits: 2 },
};

/** Params whose string values are words with their own messages (`explain.value.<name>.<value>`). */
const WORD_PARAMS: ReadonlySet<string> = new Set(['legalStatus', 'dateBasis', 'variant']);

function lookup(lang: Lang, key: string): string | undefined {
  return (MESSAGES[lang] as Partial<Record<string, string>>)[key];
}

export function formatParam(name: string, value: ExplanationParam, lang: Lang): string {
  const locale = localeOf(lang);
  // null is a growth from an empty window ("from zero"); for anything else it is a missing value.
  if (value === null) {
    return NUMBER_STYLES[name] === 'signedPercent' ? (lookup(lang, 'explain.value.fromZero') ?? '—') : '—';
  }
  if (Array.isArray(value)) {
    return value.map((n) => new Intl.NumberFormat(locale).format(n)).join(lang === 'zh' ? '、' : ', ');
  }
  if (typeof value === 'string') {
    return WORD_PARAMS.has(name) ? (lookup(lang, `explain.value.${name}.${value}`) ?? value) : value;
  }
  return new Intl.NumberFormat(locale, FORMAT_OPTIONS[NUMBER_STYLES[name] ?? 'plain']).format(value);
}

export function explain(explanation: ExplanationLike, lang: Lang): string {
  const template = lookup(lang, `explain.${explanation.code}`);
  if (template === undefined) return explanation.text;
  const params = Object.fromEntries(
    Object.entries(explanation.params).map(([name, value]) => [name, formatParam(name, value, lang)]),
  );
  return interpolate(template, params);
}

/** Several explanations in one line (a table cell, a tooltip, a CSV field). */
export function explainAll(explanations: readonly ExplanationLike[], lang: Lang): string {
  return explanations.map((explanation) => explain(explanation, lang)).join(lang === 'zh' ? '；' : '; ');
}

/** The message key of a code, for callers that check the catalogue (explanations.test.ts). */
export const explanationKey = (code: string) => `explain.${code}` as MessageKey;

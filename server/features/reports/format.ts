/** Number and name formatting shared by the report's sentence templates: same input, same text. */
import type { ReportLanguage } from '@graph-schema/dto/report';

/** A ratio as a percentage with at most `digits` decimals: 0.1234 → "12.3%". */
export function percent(ratio: number, digits = 1): string {
  return `${trimDecimals(ratio * 100, digits)}%`;
}

/** A growth ratio with its sign; null is growth from an empty window. */
export function signedGrowth(growth: number | null, language: ReportLanguage): string {
  if (growth === null) return language === 'zh' ? '从零起步' : 'from zero';
  const text = percent(growth, 0);
  return growth > 0 ? `+${text}` : text;
}

/** Fixed decimals (RTA, scores): the same digits in every run and format. */
export const decimals = (value: number, digits = 2): string => value.toFixed(digits);

const trimDecimals = (value: number, digits: number): string => String(Number(value.toFixed(digits)));

/** A bilingual name from the graph in the report's language, else the other one, else the id. */
export function nameIn(
  language: ReportLanguage,
  name: { zh: string | null; en: string | null },
  fallback: string,
): string {
  return (language === 'zh' ? (name.zh ?? name.en) : (name.en ?? name.zh)) ?? fallback;
}

/** A list joined as the language writes it. */
export const joinList = (items: readonly string[], language: ReportLanguage): string =>
  items.join(language === 'zh' ? '、' : ', ');

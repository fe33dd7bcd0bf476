/**
 * The analyses' coded explanations `{code, params, text}` as report sentences in the report's
 * language. The web app's renderer (web/src/i18n/explain.ts) is pure and holds the only Chinese
 * catalogue of the codes, so the report uses it rather than a second copy that could drift.
 */
import type { Explanation } from '@graph-schema/dto/explanation';
import { explain, explainAll } from '@web/src/i18n/explain';
import { MESSAGES, type MessageKey } from '@web/src/i18n/index';
import type { MethodNote, ReportContext } from './report-context';

type Coded = Pick<Explanation, 'params' | 'text'> & { code: string };

export const explainIn = (ctx: ReportContext, explanation: Coded): string =>
  explain(explanation, ctx.language);

export const explainAllIn = (ctx: ReportContext, explanations: readonly Coded[]): string =>
  explainAll(explanations, ctx.language);

/** A coded note or rule as a methods-appendix entry, in the report's language. */
export const methodNote = (ctx: ReportContext, explanation: Coded): MethodNote => ({
  code: explanation.code,
  text: explainIn(ctx, explanation),
});

/** A label of the web app's catalogue (component and preset names), so report and app name things alike. */
export const uiLabel = (ctx: ReportContext, key: MessageKey): string => MESSAGES[ctx.language][key];

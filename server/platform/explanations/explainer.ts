/**
 * The one way the server builds an explanation: a domain lists an English renderer per code, and
 * `explainerFor` turns that table into `explain(code, params)`, which returns code, params and the
 * text rendered from those same params. A renderer's parameter type is the code's params, so a
 * call with missing or misspelt params does not compile.
 */
import type { ExplanationCode, ExplanationParams } from '@graph-schema/dto/explanation';

/** English renderers of one domain: one per code, each typed by the params it inserts. */
export type Renderers<Code extends ExplanationCode> = { [C in Code]: (params: never) => string };

type ParamsOf<Renderer> = Renderer extends (params: infer P) => string
  ? P extends ExplanationParams
    ? P
    : never
  : never;

export interface Explained<Code extends ExplanationCode> {
  code: Code;
  params: ExplanationParams;
  text: string;
}

export function explainerFor<Code extends ExplanationCode, R extends Renderers<Code>>(renderers: R) {
  return function explain<C extends Code>(code: C, params: ParamsOf<R[C]>): Explained<C> {
    const render = renderers[code] as (params: ParamsOf<R[C]>) => string;
    return { code, params, text: render(params) };
  };
}

/** A ratio as a signed whole percent for English text: 0.8 → "+80 %", −0.15 → "−15 %". */
export function signedPercent(ratio: number): string {
  const percent = Math.round(ratio * 100);
  return percent > 0 ? `+${percent} %` : percent < 0 ? `−${-percent} %` : '0 %';
}

/** Claim numbers as the English text lists them: "1, 3". */
export const claimList = (claims: readonly number[]) => claims.join(', ');

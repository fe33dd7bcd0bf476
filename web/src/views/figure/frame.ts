/**
 * The frame provider a view hands to graphExportButtons: on each download it reads the view's legend
 * as it is on screen, asks GET /api/health for the data version, and words the frame (caption.ts).
 */

import { fetchHealth } from '@web/src/api/health';
import type { FigureFrame } from '@web/src/graph/figure-frame';
import { legendLines } from '@web/src/graph/legend-lines';
import type { MessageKey } from '@web/src/i18n';
import type { ExplanationLike } from '@web/src/i18n/explain';
import type { ViewContext } from '../types';
import { type DataState, figureFrame } from './caption';

export interface FigureParts {
  /** The view's title (`view.<id>`). */
  titleKey: MessageKey;
  subject?: string | undefined;
  basis?: ExplanationLike | undefined;
  /** The legend element on screen (null for a figure without one). */
  legend: Element | null;
}

async function dataState(signal: AbortSignal): Promise<DataState | undefined> {
  try {
    return (await fetchHealth(signal)).data;
  } catch {
    // A figure without a version is still worth downloading; the caption says it is unknown.
    return undefined;
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function figureOf(context: ViewContext, parts: () => FigureParts): () => Promise<FigureFrame> {
  return async () => {
    const { titleKey, subject, basis, legend } = parts();
    return figureFrame({
      viewTitle: context.t(titleKey),
      subject,
      basis,
      legend: legend ? legendLines(legend) : [],
      filters: context.filters,
      data: await dataState(context.signal),
      today: today(),
      t: context.t,
      lang: context.lang,
    });
  };
}

/**
 * The landscape dashboard (issue 12): a responsive grid of chart tiles — trends, lifecycle,
 * composition, geography, applicant ranking, legal status, expiry windows, inventors. Trends and
 * lifecycle reuse the trends answer the view already loaded; the other tiles load on their own.
 */
import type { TrendsResponse } from '@graph-schema/dto/landscape-trends';
import { fetchGeography, fetchLegal } from '@web/src/api/landscape';
import { fetchApplicants, fetchInventors } from '@web/src/api/navigation';
import { h } from '@web/src/dom/h';
import { loadInto } from '../load';
import type { ViewContext } from '../types';
import { applicantsTile, compositionTile, geographyTile, inventorsTile, legalTiles } from './dashboard-tiles';
import { lifecycleTile, trendsTile } from './dashboard-trends';

/** A grid cell that shows its own loading, empty and error states until its answer arrives. */
function slot<T>(
  context: ViewContext,
  id: string,
  load: (signal: AbortSignal) => Promise<T>,
  render: (data: T) => HTMLElement[],
): HTMLElement {
  const host = h('div', { attrs: { class: 'dashboard-slot', 'data-slot': id } });
  loadInto(host, context.t, context.signal, {
    load,
    isEmpty: () => false,
    render: (data) => host.replaceChildren(...render(data)),
  });
  return host;
}

export function dashboard(trends: TrendsResponse, context: ViewContext, top: number): HTMLElement {
  const { filters } = context;
  const composition = h('div', { attrs: { class: 'dashboard-slot', 'data-slot': 'composition' } });
  compositionTile(composition, context);
  return h(
    'div',
    { attrs: { class: 'dashboard', 'data-testid': 'landscape-dashboard' } },
    trendsTile(trends, context),
    lifecycleTile(trends, context),
    composition,
    slot(
      context,
      'geography',
      (signal) => fetchGeography(filters, signal),
      (data) => [geographyTile(data, context)],
    ),
    slot(
      context,
      'applicants',
      (signal) => fetchApplicants(filters, top, signal),
      (data) => [applicantsTile(data, top, context)],
    ),
    slot(
      context,
      'legal',
      (signal) => fetchLegal(filters, signal),
      (data) => legalTiles(data, context),
    ),
    slot(
      context,
      'inventors',
      (signal) => fetchInventors(filters, signal),
      (data) => [inventorsTile(data, context)],
    ),
  );
}

/**
 * Colours of the dashboard charts: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008), readable by colour-blind readers and in greyscale print; blue is the app's accent.
 */
export const SERIES_COLOURS = {
  applications: '#0072b2',
  grants: '#009e73',
  families: '#e69f00',
  applicants: '#d55e00',
} as const;

export const TIER_COLOURS = { 1: '#0072b2', 2: '#56b4e9', 3: '#b8c2cc' } as const;

/** The grey band behind incomplete years (publication lag), light enough for bars to read on it. */
export const INCOMPLETE_BAND = '#e4e7eb';

/** Light to dark blue for matrix cells: share of the largest cell, at least a visible tint. */
export function cellShade(value: number, max: number): string {
  const ratio = max > 0 ? Math.min(1, value / max) : 0;
  const mix = (from: number, to: number) => Math.round(from + (to - from) * ratio);
  return `rgb(${mix(232, 0)}, ${mix(241, 114)}, ${mix(248, 178)})`;
}

/** Dark text on light cells, white on dark ones (contrast over the cellShade ramp). */
export function cellInk(value: number, max: number): string {
  return max > 0 && value / max > 0.55 ? '#ffffff' : '#1f2933';
}

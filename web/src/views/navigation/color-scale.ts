/**
 * Colour scales for maps and heatmaps. Pure. Sequential blues for counts and shares; a
 * brown–teal diverging scale (ColorBrewer BrBG, readable with the common colour-vision
 * deficiencies) for growth and RTA, whose neutral point is "as expected". Missing values are grey,
 * never the colour of zero: "no data" and "none" are different findings.
 */

export const MISSING_COLOR = '#d9d9d9';

/** ColorBrewer Blues, light to dark. */
export const SEQUENTIAL_STOPS = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
/** ColorBrewer BrBG: below expectation (brown) – neutral – above (teal). */
export const DIVERGING_STOPS = ['#a6611a', '#dfc27d', '#f5f5f5', '#80cdc1', '#018571'] as const;

function clamp01(t: number): number {
  return Math.min(1, Math.max(0, t));
}

function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Linear interpolation through evenly spaced colour stops; t outside [0, 1] is clamped. */
export function interpolateStops(stops: readonly string[], t: number): string {
  const at = clamp01(t) * (stops.length - 1);
  const low = Math.floor(at);
  const high = Math.min(stops.length - 1, low + 1);
  const [a, b] = [parseHex(stops[low]!), parseHex(stops[high]!)];
  const f = at - low;
  return toHex([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]);
}

/**
 * A count on the blues. Square root of value/max, so a few dominant branches do not wash all
 * others out to white; zero is the lightest stop, not grey.
 */
export function countColor(value: number | null | undefined, max: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_COLOR;
  if (!(max > 0)) return SEQUENTIAL_STOPS[0];
  return interpolateStops(SEQUENTIAL_STOPS, Math.sqrt(Math.max(0, value) / max));
}

/** A share (0–1) on the blues, relative to the largest share shown. */
export function shareColor(share: number | null | undefined, maxShare: number): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return MISSING_COLOR;
  if (!(maxShare > 0)) return SEQUENTIAL_STOPS[0];
  return interpolateStops(SEQUENTIAL_STOPS, share / maxShare);
}

/** Growth as recent/earlier − 1: −100 % … +100 % and beyond, centred on 0 (no change). */
export function growthColor(growth: number | null | undefined): string {
  if (growth === null || growth === undefined || !Number.isFinite(growth)) return MISSING_COLOR;
  return interpolateStops(DIVERGING_STOPS, (Math.max(-1, Math.min(1, growth)) + 1) / 2);
}

/** RTA bounds of the colour scale: ¼ … 4, on a log scale so ½ and 2 sit symmetrically around 1. */
export const RTA_SCALE_LIMIT = 4;

export function rtaColor(rta: number | null | undefined): string {
  if (rta === null || rta === undefined || !Number.isFinite(rta)) return MISSING_COLOR;
  if (rta <= 0) return DIVERGING_STOPS[0];
  const span = Math.log2(RTA_SCALE_LIMIT);
  return interpolateStops(DIVERGING_STOPS, (Math.log2(rta) / span + 1) / 2);
}

/** Dark or light text for a background, by relative luminance (WCAG formula, sRGB). */
export function textColorOn(background: string): string {
  const linear = parseHex(background).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
  return luminance > 0.4 ? '#1f2933' : '#ffffff';
}

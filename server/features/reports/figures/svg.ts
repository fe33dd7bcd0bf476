/**
 * The few SVG primitives every report figure uses. Figures are self-contained strings (no external
 * fonts, images or styles) so the same SVG goes into the HTML, the PDF (printed from the HTML) and,
 * rasterised, the DOCX. Text uses a CJK-capable font stack; sizes are in CSS pixels at 96 dpi.
 */

export const FIGURE_FONT =
  "'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif";

/** Escapes text for SVG/XML content and attribute values. */
export function esc(text: string | number): string {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A complete SVG document of the given size around `body`. */
export function svgDocument(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FIGURE_FONT)}" font-size="12">${body}</svg>`;
}

export interface TextOptions {
  size?: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
  /** Degrees, about (x, y). */
  rotate?: number;
}

export function text(x: number, y: number, content: string | number, options: TextOptions = {}): string {
  const attrs = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    options.size ? `font-size="${options.size}"` : '',
    options.anchor ? `text-anchor="${options.anchor}"` : '',
    options.weight === 'bold' ? 'font-weight="bold"' : '',
    `fill="${options.fill ?? '#222'}"`,
    options.rotate ? `transform="rotate(${options.rotate} ${round(x)} ${round(y)})"` : '',
  ].filter((a) => a.length > 0);
  return `<text ${attrs.join(' ')}>${esc(content)}</text>`;
}

/** Two decimals at most: keeps figures small and identical between runs. */
export const round = (value: number): number => Math.round(value * 100) / 100;

/** A text cut to `max` characters with an ellipsis, so labels never overrun their box. */
export function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, Math.max(1, max - 1)).join('')}…`;
}

/**
 * cytoscape-svg writes `<svg width="W" height="H">` without a viewBox, so the drawing does not
 * scale when embedded in a page, a slide or a PDF. Pure string edit of the root element.
 */
const ROOT_TAG = /<svg\b[^>]*>/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Sets (or replaces) one attribute of an element's start tag. */
export function setAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`\\s${name}="[^"]*"`);
  if (existing.test(tag)) return tag.replace(existing, ` ${name}="${value}"`);
  return tag.replace(/^<svg\b/, `<svg ${name}="${value}"`);
}

/** The root element's width and height, rounded up to whole pixels. */
export function svgSize(markup: string): { width: number; height: number } {
  const root = ROOT_TAG.exec(markup)?.[0];
  if (!root) throw new Error('not SVG markup: no <svg> element');
  const width = Number.parseFloat(attribute(root, 'width') ?? '');
  const height = Number.parseFloat(attribute(root, 'height') ?? '');
  if (!(width > 0 && height > 0)) throw new Error('SVG without a usable width and height');
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** Adds `viewBox="0 0 W H"` (from width/height) and keeps width/height as plain numbers. */
export function withViewBox(markup: string): string {
  const root = ROOT_TAG.exec(markup)?.[0] ?? '';
  const { width, height } = svgSize(markup);
  let tag = setAttribute(root, 'width', String(width));
  tag = setAttribute(tag, 'height', String(height));
  tag = setAttribute(tag, 'viewBox', `0 0 ${width} ${height}`);
  return markup.replace(ROOT_TAG, tag);
}

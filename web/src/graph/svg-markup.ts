/**
 * cytoscape-svg writes `<svg width="W" height="H">` without a viewBox, so the drawing does not
 * scale when embedded in a page, a slide or a PDF. Pure string edit of the root element.
 */
const ROOT_TAG = /<svg\b[^>]*>/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function setAttribute(tag: string, name: string, value: string): string {
  const existing = new RegExp(`\\s${name}="[^"]*"`);
  if (existing.test(tag)) return tag.replace(existing, ` ${name}="${value}"`);
  return tag.replace(/^<svg\b/, `<svg ${name}="${value}"`);
}

/** Adds `viewBox="0 0 W H"` (from width/height) and keeps width/height as plain numbers. */
export function withViewBox(markup: string): string {
  const root = ROOT_TAG.exec(markup)?.[0];
  if (!root) throw new Error('not SVG markup: no <svg> element');
  const width = Number.parseFloat(attribute(root, 'width') ?? '');
  const height = Number.parseFloat(attribute(root, 'height') ?? '');
  if (!(width > 0 && height > 0)) throw new Error('SVG without a usable width and height');
  let tag = setAttribute(root, 'width', String(Math.ceil(width)));
  tag = setAttribute(tag, 'height', String(Math.ceil(height)));
  tag = setAttribute(tag, 'viewBox', `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`);
  return markup.replace(ROOT_TAG, tag);
}

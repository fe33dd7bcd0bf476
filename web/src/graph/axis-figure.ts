/**
 * The map's axis strip (map-axis.ts: the technology route's years, the two-column headers) in the
 * exported figure. On screen the strip is HTML over the canvas, which Cytoscape's PNG and SVG leave
 * out; here it is drawn as SVG `<text>` above the picture, each mark over its column, with the same
 * faint guides and the same thinning where marks would crowd.
 */

import { escapeXml, estimateTextWidth, type FigurePicture } from './figure-frame';
import type { AxisMark } from './map-axis';
import { visibleMarks } from './map-axis';

/** The marks' size on screen (styles.css .map-axis-mark); strip height and baseline follow it. */
const MARK_FONT = 12;
const MARK_INK = '#3e4c59';
const GUIDE = '#9aa5b1';

/**
 * `picture` drawn with `originX` at its left edge (model x of the exported area: Cytoscape draws a
 * full-graph image from its elements' bounding box at scale 1), with the axis strip on top. The
 * marks are `fontSize` tall: the map's labels are sized for the zoom they were shown at
 * (label-fit.ts), and the years should read at least as large as the labels under them.
 */
export function withAxisStrip(
  picture: FigurePicture,
  marks: readonly AxisMark[],
  originX: number,
  fontSize = MARK_FONT,
): FigurePicture {
  if (marks.length === 0) return picture;
  const stripHeight = Math.round(fontSize * 2.2);
  const baseline = Math.round(fontSize * 1.45);
  const onPicture = marks
    .map((mark) => ({ ...mark, x: Math.round((mark.x - originX) * 10) / 10 }))
    .filter((mark) => mark.x >= 0 && mark.x <= picture.width);
  // Thinned as on screen, in units of the screen's mark size.
  const scale = fontSize / MARK_FONT;
  const atScreenSize = onPicture.map((mark) => ({ x: mark.x / scale, text: mark.text }));
  const shown = visibleMarks(atScreenSize).map((index) => onPicture[index]!);
  const bottom = stripHeight + picture.height;
  const guides = onPicture.map(
    (mark) =>
      `<line x1="${mark.x}" y1="${stripHeight}" x2="${mark.x}" y2="${bottom}" stroke="${GUIDE}" stroke-opacity="0.45" stroke-dasharray="3 3"/>`,
  );
  const texts = shown.map((mark) => {
    // A mark at the picture's edge (the first year's column) stands inside it instead of half cut off.
    const half = estimateTextWidth(mark.text, fontSize) * 0.55;
    const anchor = mark.x < half ? 'start' : mark.x > picture.width - half ? 'end' : 'middle';
    const x = anchor === 'start' ? 0 : anchor === 'end' ? picture.width : mark.x;
    return `<text x="${x}" y="${baseline}" text-anchor="${anchor}" font-size="${fontSize}" font-weight="bold" fill="${MARK_INK}" data-axis-key="${escapeXml(mark.key)}">${escapeXml(mark.text)}</text>`;
  });
  const markup = [
    `<g class="map-axis">${texts.join('')}</g>`,
    `<g transform="translate(0 ${stripHeight})">${picture.markup}</g>`,
    `<g class="map-axis-guides">${guides.join('')}</g>`,
  ].join('');
  return { markup, width: picture.width, height: bottom };
}

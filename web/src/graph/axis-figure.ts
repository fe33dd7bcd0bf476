/**
 * The map's axis strip (map-axis.ts: the technology route's years, the two-column headers) in the
 * exported figure. On screen the strip is HTML over the canvas, which Cytoscape's PNG and SVG leave
 * out; here it is drawn as SVG `<text>` above the picture, each mark over its column, with the same
 * faint guides and the same thinning where marks would crowd.
 */

import { escapeXml, type FigurePicture } from './figure-frame';
import type { AxisMark } from './map-axis';
import { visibleMarks } from './map-axis';

/** Height of the strip above the picture, and where the marks' baseline sits in it. */
const STRIP_HEIGHT = 26;
const BASELINE = 17;
const MARK_FONT = 12;
const MARK_INK = '#3e4c59';
const GUIDE = '#9aa5b1';

/**
 * `picture` drawn with `originX` at its left edge (model x of the exported area: Cytoscape draws a
 * full-graph image from its elements' bounding box at scale 1), with the axis strip on top.
 */
export function withAxisStrip(
  picture: FigurePicture,
  marks: readonly AxisMark[],
  originX: number,
): FigurePicture {
  if (marks.length === 0) return picture;
  const onPicture = marks
    .map((mark) => ({ ...mark, x: Math.round((mark.x - originX) * 10) / 10 }))
    .filter((mark) => mark.x >= 0 && mark.x <= picture.width);
  const shown = visibleMarks(onPicture).map((index) => onPicture[index]!);
  const bottom = STRIP_HEIGHT + picture.height;
  const guides = onPicture.map(
    (mark) =>
      `<line x1="${mark.x}" y1="${STRIP_HEIGHT}" x2="${mark.x}" y2="${bottom}" stroke="${GUIDE}" stroke-opacity="0.45" stroke-dasharray="3 3"/>`,
  );
  const texts = shown.map(
    (mark) =>
      `<text x="${mark.x}" y="${BASELINE}" text-anchor="middle" font-size="${MARK_FONT}" font-weight="bold" fill="${MARK_INK}" data-axis-key="${escapeXml(mark.key)}">${escapeXml(mark.text)}</text>`,
  );
  const markup = [
    `<g class="map-axis">${texts.join('')}</g>`,
    `<g transform="translate(0 ${STRIP_HEIGHT})">${picture.markup}</g>`,
    `<g class="map-axis-guides">${guides.join('')}</g>`,
  ].join('');
  return { markup, width: picture.width, height: bottom };
}

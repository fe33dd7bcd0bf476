/**
 * The technology route (main path) drawn to read on paper: one column per priority year present on
 * the path, columns strictly left to right in time, a labelled box per family (publication number,
 * short title, first applicant) and an arrow per citation link from the cited, earlier family to
 * the citing, later one. A long route wraps like a line of text: at most BAND_YEARS year columns per
 * band, each band with its own year axis on top, bands read top to bottom, so an A4 page keeps the
 * labels legible. Families with no year sit in a first column marked `noYear`. Pure.
 */
import { clip, esc, round, svgDocument, text } from './svg';

export interface PathBox {
  id: string;
  year: number | null;
  title: string;
  applicant: string;
  /** Drawn with a heavier outline (e.g. a core patent). */
  emphasis: boolean;
}

export interface MainPathDiagramInput {
  /** In knowledge-flow order: the order boxes stack within a year. */
  boxes: readonly PathBox[];
  /** cited → citing, by box id. */
  links: ReadonlyArray<{ from: string; to: string }>;
  /** Label of the no-year column. */
  noYear: string;
}

/** Year columns per band: six 130-px columns fit an A4 page at a readable scale. */
export const BAND_YEARS = 6;
const BOX_W = 130;
const BOX_H = 50;
const COLUMN_GAP = 34;
const ROW_GAP = 12;
const AXIS = 34;
const BAND_GAP = 26;
const MARGIN = 12;
const ARROW =
  '<defs><marker id="main-path-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>';

interface Placed {
  box: PathBox;
  band: number;
  x: number;
  y: number;
}

const columnX = (column: number) => MARGIN + (column % BAND_YEARS) * (BOX_W + COLUMN_GAP);

export function mainPathDiagram(input: MainPathDiagramInput): { svg: string; width: number; height: number } {
  const years = [...new Set(input.boxes.map((box) => box.year))].sort(
    (a, b) => (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY),
  );
  const column = new Map(years.map((year, index) => [year, index]));
  const rowsIn = new Map<number, number>();
  for (const box of input.boxes)
    rowsIn.set(column.get(box.year)!, (rowsIn.get(column.get(box.year)!) ?? 0) + 1);
  const bands = Math.ceil(years.length / BAND_YEARS);
  const bandRows = Array.from({ length: bands }, (_, band) =>
    Math.max(
      1,
      ...years
        .slice(band * BAND_YEARS, (band + 1) * BAND_YEARS)
        .map((_, i) => rowsIn.get(band * BAND_YEARS + i) ?? 0),
    ),
  );
  const bandHeight = (band: number) => AXIS + bandRows[band]! * (BOX_H + ROW_GAP);
  const bandTop = (band: number) =>
    MARGIN + bandRows.slice(0, band).reduce((sum, _, b) => sum + bandHeight(b) + BAND_GAP, 0);
  const filled = new Map<number, number>();
  const placed = new Map<string, Placed>();
  for (const box of input.boxes) {
    const index = column.get(box.year)!;
    const row = filled.get(index) ?? 0;
    filled.set(index, row + 1);
    const band = Math.floor(index / BAND_YEARS);
    placed.set(box.id, { box, band, x: columnX(index), y: bandTop(band) + AXIS + row * (BOX_H + ROW_GAP) });
  }
  const columnsWide = Math.min(BAND_YEARS, years.length);
  const width = MARGIN * 2 + columnsWide * BOX_W + Math.max(0, columnsWide - 1) * COLUMN_GAP;
  const height = bandTop(bands - 1) + bandHeight(bands - 1) + MARGIN - ROW_GAP;
  const axes = years.map((year, index) => {
    const x = columnX(index) + BOX_W / 2;
    const top = bandTop(Math.floor(index / BAND_YEARS));
    return `${text(x, top + 14, year ?? input.noYear, { size: 13, anchor: 'middle', weight: 'bold' })}<line x1="${round(x)}" y1="${top + 19}" x2="${round(x)}" y2="${top + AXIS - 4}" stroke="#888"/>`;
  });
  const rules = Array.from({ length: bands }, (_, band) => {
    const y = bandTop(band) + 19;
    return `<line x1="${MARGIN}" y1="${y}" x2="${width - MARGIN}" y2="${y}" stroke="#888"/>`;
  });
  const body = [
    ARROW,
    ...rules,
    ...axes,
    ...input.links.flatMap((link) => arrow(placed.get(link.from), placed.get(link.to))),
    ...[...placed.values()].map(boxSvg),
  ];
  return { svg: svgDocument(width, height, body.join('')), width, height };
}

/** A CJK character is about twice as wide as a Latin one at the same size: cut by width, not count. */
export function fitBox(label: string, halfWidths = 20): string {
  let used = 0;
  let count = 0;
  for (const char of label) {
    used += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 2 : 1;
    if (used > halfWidths) return clip(label, count);
    count++;
  }
  return label;
}

function boxSvg({ box, x, y }: Placed): string {
  return [
    `<rect x="${round(x)}" y="${round(y)}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="#fff" stroke="${box.emphasis ? '#D55E00' : '#0072B2'}" stroke-width="${box.emphasis ? 2.5 : 1.2}"/>`,
    text(x + 5, y + 14, box.id, { size: 11, weight: 'bold' }),
    text(x + 5, y + 29, fitBox(box.title), { size: 10 }),
    text(x + 5, y + 43, fitBox(box.applicant), { size: 10, fill: '#555' }),
  ].join('');
}

/**
 * Forward in a band: right edge to left edge. Same year: down the column's right side. Into a later
 * band (the route wrapped): from the box's bottom to the target's top.
 */
function arrow(from: Placed | undefined, to: Placed | undefined): string[] {
  if (!from || !to) return [];
  const style = `fill="none" stroke="#444" stroke-width="1.2" marker-end="url(#main-path-arrow)"`;
  const title = `<title>${esc(`${from.box.id} → ${to.box.id}`)}</title>`;
  const path = (d: string) => [`<path d="${d}" ${style}>${title}</path>`];
  if (from.band === to.band && from.x === to.x) {
    const side = from.x + BOX_W;
    const [y1, y2] = [from.y + BOX_H / 2, to.y + BOX_H / 2];
    return path(
      `M${side},${round(y1)} C${side + 20},${round(y1)} ${side + 20},${round(y2)} ${side},${round(y2)}`,
    );
  }
  if (from.band === to.band && to.x > from.x) {
    const [x1, y1, x2, y2] = [from.x + BOX_W, from.y + BOX_H / 2, to.x, to.y + BOX_H / 2];
    const bend = (x2 - x1) / 2;
    return path(
      `M${round(x1)},${round(y1)} C${round(x1 + bend)},${round(y1)} ${round(x2 - bend)},${round(y2)} ${round(x2)},${round(y2)}`,
    );
  }
  const [x1, y1, x2, y2] = [from.x + BOX_W / 2, from.y + BOX_H, to.x + BOX_W / 2, to.y];
  return path(
    `M${round(x1)},${round(y1)} C${round(x1)},${round(y1 + 40)} ${round(x2)},${round(y2 - 40)} ${round(x2)},${round(y2)}`,
  );
}

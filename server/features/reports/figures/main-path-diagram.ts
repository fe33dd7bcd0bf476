/**
 * The technology route (main path) drawn to read on paper: one column per priority year present on
 * the path (the year axis runs along the top), columns strictly left to right in time, a labelled
 * box per family (publication number, short title, first applicant) and an arrow per citation link
 * from the cited, earlier family to the citing, later one. Families with no year sit in a first
 * column marked "—". Pure: same path, same SVG.
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

const BOX_W = 150;
const BOX_H = 52;
const COLUMN_GAP = 46;
const ROW_GAP = 16;
const AXIS = 40;
const MARGIN = 12;
const ARROW =
  '<defs><marker id="main-path-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>';

interface Placed {
  box: PathBox;
  x: number;
  y: number;
}

export function mainPathDiagram(input: MainPathDiagramInput): { svg: string; width: number; height: number } {
  const years = [...new Set(input.boxes.map((box) => box.year))].sort(
    (a, b) => (a ?? Number.NEGATIVE_INFINITY) - (b ?? Number.NEGATIVE_INFINITY),
  );
  const column = new Map(years.map((year, index) => [year, index]));
  const filled = new Map<number, number>();
  const placed = new Map<string, Placed>();
  for (const box of input.boxes) {
    const index = column.get(box.year)!;
    const row = filled.get(index) ?? 0;
    filled.set(index, row + 1);
    placed.set(box.id, {
      box,
      x: MARGIN + index * (BOX_W + COLUMN_GAP),
      y: AXIS + MARGIN + row * (BOX_H + ROW_GAP),
    });
  }
  const rows = Math.max(1, ...filled.values());
  const width = MARGIN * 2 + years.length * BOX_W + Math.max(0, years.length - 1) * COLUMN_GAP;
  const height = AXIS + MARGIN * 2 + rows * BOX_H + (rows - 1) * ROW_GAP;
  const axis = years.map((year, index) => {
    const x = MARGIN + index * (BOX_W + COLUMN_GAP) + BOX_W / 2;
    return `${text(x, 22, year ?? input.noYear, { size: 13, anchor: 'middle', weight: 'bold' })}<line x1="${round(x)}" y1="28" x2="${round(x)}" y2="${AXIS}" stroke="#888"/>`;
  });
  const body = [
    ARROW,
    `<line x1="${MARGIN}" y1="${AXIS - 12}" x2="${width - MARGIN}" y2="${AXIS - 12}" stroke="#888"/>`,
    ...axis,
    ...input.links.flatMap((link) => arrow(placed.get(link.from), placed.get(link.to))),
    ...[...placed.values()].map(boxSvg),
  ];
  return { svg: svgDocument(width, height, body.join('')), width, height };
}

function boxSvg({ box, x, y }: Placed): string {
  return [
    `<rect x="${round(x)}" y="${round(y)}" width="${BOX_W}" height="${BOX_H}" rx="4" fill="#fff" stroke="${box.emphasis ? '#D55E00' : '#0072B2'}" stroke-width="${box.emphasis ? 2.5 : 1.2}"/>`,
    text(x + 6, y + 15, box.id, { size: 11, weight: 'bold' }),
    text(x + 6, y + 31, clip(box.title, 12), { size: 10 }),
    text(x + 6, y + 45, clip(box.applicant, 12), { size: 10, fill: '#555' }),
  ].join('');
}

/** Across columns: from the right edge to the left edge; within a year: down the column's side. */
function arrow(from: Placed | undefined, to: Placed | undefined): string[] {
  if (!from || !to) return [];
  const style = 'fill="none" stroke="#444" stroke-width="1.2" marker-end="url(#main-path-arrow)"';
  if (from.x === to.x) {
    const side = from.x + BOX_W;
    const [y1, y2] = [from.y + BOX_H / 2, to.y + BOX_H / 2];
    return [
      `<path d="M${side},${round(y1)} C${side + 24},${round(y1)} ${side + 24},${round(y2)} ${side},${round(y2)}" ${style}/>`,
    ];
  }
  const [x1, y1, x2, y2] = [from.x + BOX_W, from.y + BOX_H / 2, to.x, to.y + BOX_H / 2];
  const bend = (x2 - x1) / 2;
  return [
    `<path d="M${round(x1)},${round(y1)} C${round(x1 + bend)},${round(y1)} ${round(x2 - bend)},${round(y2)} ${round(x2)},${round(y2)}" ${style}><title>${esc(`${from.box.id} → ${to.box.id}`)}</title></path>`,
  ];
}

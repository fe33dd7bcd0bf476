/**
 * The chain panorama as a figure: one column per segment (upstream → midstream → downstream), a box
 * per branch indented by level, filled darker the more families it has, weak links outlined in red
 * with a "!" marker. A legend row under the columns says what shade and outline mean. Pure.
 */
import type { FigureSvg } from './bar-chart';
import { clip, round, svgDocument, text } from './svg';

export interface PanoramaBox {
  label: string;
  families: number;
  /** 1 = directly under the segment. */
  level: number;
  weak: boolean;
}

export interface PanoramaColumn {
  title: string;
  families: number;
  boxes: readonly PanoramaBox[];
}

export interface PanoramaDiagramInput {
  columns: readonly PanoramaColumn[];
  /** Legend texts: shade scale ("同族数 0–N") and weak-link outline. */
  shadeLabel: string;
  weakLabel: string;
}

const COLUMN_W = 240;
const GAP = 14;
const HEAD = 40;
const BOX_H = 24;
const BOX_GAP = 5;
const INDENT = 12;
const LEGEND_H = 40;
const WEAK = '#C0392B';

/** White → deep blue by families / max (square root, so small branches stay visible). */
export function shade(families: number, max: number): string {
  const t = max > 0 ? Math.sqrt(Math.min(1, families / max)) : 0;
  const channel = (from: number, to: number) => Math.round(from + (to - from) * t);
  const hex = (v: number) => v.toString(16).padStart(2, '0');
  return `#${hex(channel(247, 8))}${hex(channel(251, 81))}${hex(channel(255, 156))}`;
}

export function panoramaDiagram(input: PanoramaDiagramInput): FigureSvg {
  const columns = input.columns.length > 0 ? input.columns : [];
  const width = GAP + Math.max(1, columns.length) * (COLUMN_W + GAP);
  const tallest = Math.max(1, ...columns.map((c) => c.boxes.length));
  const height = HEAD + tallest * (BOX_H + BOX_GAP) + GAP + LEGEND_H;
  const max = Math.max(0, ...columns.flatMap((c) => c.boxes.map((b) => b.families)));
  const parts = columns.map((column, index) => columnSvg(column, GAP + index * (COLUMN_W + GAP), max));
  parts.push(legendSvg(input, height - LEGEND_H + 8, max));
  return { svg: svgDocument(width, height, parts.join('')), width, height };
}

function columnSvg(column: PanoramaColumn, left: number, max: number): string {
  const parts = [
    `<rect x="${left}" y="4" width="${COLUMN_W}" height="${HEAD - 10}" rx="4" fill="#34495E"/>`,
    text(left + COLUMN_W / 2, 24, clip(`${column.title} (${column.families})`, 28), {
      anchor: 'middle',
      weight: 'bold',
      fill: '#fff',
    }),
  ];
  column.boxes.forEach((box, row) => {
    const indent = (Math.max(1, box.level) - 1) * INDENT;
    const x = left + indent;
    const y = HEAD + row * (BOX_H + BOX_GAP);
    const fill = shade(box.families, max);
    const dark = max > 0 && box.families / max > 0.35;
    const stroke = box.weak ? `stroke="${WEAK}" stroke-width="2" stroke-dasharray="4 2"` : 'stroke="#9aa"';
    parts.push(
      `<rect class="${box.weak ? 'branch weak' : 'branch'}" x="${round(x)}" y="${round(y)}" width="${COLUMN_W - indent}" height="${BOX_H}" rx="3" fill="${fill}" ${stroke}/>`,
      text(x + 6, y + 16, clip(box.label, 22 - Math.floor(indent / 8)), {
        size: 11,
        fill: dark ? '#fff' : '#222',
      }),
      text(left + COLUMN_W - (box.weak ? 20 : 6), y + 16, box.families, {
        size: 11,
        anchor: 'end',
        weight: 'bold',
        fill: dark ? '#fff' : '#222',
      }),
    );
    if (box.weak)
      parts.push(text(left + COLUMN_W - 8, y + 16, '!', { size: 13, weight: 'bold', fill: WEAK }));
  });
  return parts.join('');
}

function legendSvg(input: PanoramaDiagramInput, y: number, max: number): string {
  const steps = [0, 0.25, 0.5, 0.75, 1].map(
    (t, i) =>
      `<rect x="${GAP + i * 18}" y="${y}" width="18" height="14" fill="${shade(t * max, max)}" stroke="#9aa"/>`,
  );
  return [
    ...steps,
    text(GAP + 5 * 18 + 8, y + 11, `${input.shadeLabel} 0–${max}`, { size: 11 }),
    `<rect x="${GAP + 330}" y="${y}" width="30" height="14" fill="#fff" stroke="${WEAK}" stroke-width="2" stroke-dasharray="4 2"/>`,
    text(GAP + 352, y + 11, '!', { size: 12, weight: 'bold', fill: WEAK }),
    text(GAP + 368, y + 11, input.weakLabel, { size: 11 }),
  ].join('');
}

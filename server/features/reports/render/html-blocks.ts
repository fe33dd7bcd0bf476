/**
 * One report block as HTML. Every text goes through `esc`; a figure's SVG is inlined as the chapter
 * builder made it (built from escaped parts, figures/svg.ts), while a pin's SVG — captured by the
 * web app and sent by a client — is embedded as an `<img>` data URI, where a browser runs no script
 * and loads no external resource inside it (https://www.w3.org/TR/SVG2/conform.html#secure-static-mode).
 */
import type { FigureCaption, ReportBlock } from '@graph-schema/dto/report';
import { esc } from '../figures/svg';
import type { HtmlWords } from './html.text';

type Block<K extends ReportBlock['kind']> = Extract<ReportBlock, { kind: K }>;
type TableData = {
  columns: { label: string; numeric: boolean }[];
  rows: (string | number | null)[][];
  /** Rows printed bold (the project's target and competitors). */
  emphasisRows?: number[] | undefined;
};

const cell = (value: string | number | null): string => (value === null ? '—' : esc(value));

export function tableHtml(table: TableData, caption: string | null, id: string | null): string {
  const head = table.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  const emphasis = new Set(table.emphasisRows ?? []);
  const rows = table.rows
    .map((row, rowIndex) => {
      const cells = row.map((value, index) => {
        const numeric = table.columns[index]?.numeric ?? false;
        return numeric ? `<td class="num">${cell(value)}</td>` : `<td>${cell(value)}</td>`;
      });
      return `<tr${emphasis.has(rowIndex) ? ' class="emphasis"' : ''}>${cells.join('')}</tr>`;
    })
    .join('\n');
  const idAttr = id === null ? '' : ` data-table-id="${esc(id)}"`;
  const captionHtml = caption === null ? '' : `<caption>${esc(caption)}</caption>`;
  return `<table${idAttr}>${captionHtml}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Caption lines as text (the PDF checks grep them): title, legend, scope, date basis, source, as-of. */
export function captionHtml(caption: FigureCaption, words: HtmlWords): string {
  const line = (cls: string, label: string | null, value: string) =>
    `<div class="${cls}">${label === null ? '' : `${esc(label)}: `}${esc(value)}</div>`;
  return [
    line('caption-title', null, caption.title),
    ...caption.legend.map((entry) => line('caption-legend', null, entry)),
    line('caption-scope', words.caption.scope, caption.scope),
    line('caption-date-basis', words.caption.dateBasis, caption.dateBasis),
    line('caption-source', words.caption.source, caption.source),
    line('caption-as-of', words.caption.asOf, caption.asOf),
  ].join('');
}

function paragraphHtml(block: Block<'paragraph'>, words: HtmlWords): string {
  const evidence =
    block.evidence.length === 0
      ? ''
      : `<div class="evidence">${esc(words.evidence)}: ${block.evidence
          .map((e) => `<code>${esc(e.api)}</code>${e.note ? ` (${esc(e.note)})` : ''}`)
          .join('; ')}</div>`;
  return `<p data-code="${esc(block.code)}">${esc(block.text)}</p>${evidence}`;
}

function pinHtml(block: Block<'pin'>, words: HtmlWords): string {
  const svg =
    block.svg === null
      ? ''
      : `<figure><img alt="${esc(block.title)}" src="data:image/svg+xml;base64,${Buffer.from(block.svg, 'utf8').toString('base64')}"></figure>`;
  const table =
    block.table === null
      ? ''
      : tableHtml(
          { ...block.table, columns: block.table.columns.map((label) => ({ label, numeric: false })) },
          null,
          null,
        );
  const comment = block.comment.trim() === '' ? words.noComment : block.comment;
  return `<aside class="pin" data-pin-id="${esc(block.pinId)}"><div class="pin-label">${esc(words.pin)}</div><h3>${esc(block.title)}</h3>${svg}${table}<div class="comment"><strong>${esc(words.analystComment)}:</strong> ${esc(comment)}</div><p class="provenance">${esc(block.provenance)}</p></aside>`;
}

export function blockHtml(block: ReportBlock, words: HtmlWords): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${esc(block.text)}</h${block.level}>`;
    case 'paragraph':
      return paragraphHtml(block, words);
    case 'bullets':
      return `<ul>${block.items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
    case 'table':
      return `${tableHtml(block, block.caption, block.id)}${block.note ? `<p class="table-note">${esc(block.note)}</p>` : ''}`;
    case 'figure':
      return `<figure data-figure-id="${esc(block.id)}">${block.svg}<figcaption>${captionHtml(block.caption, words)}</figcaption></figure>`;
    case 'pin':
      return pinHtml(block, words);
    case 'empty':
      return `<div class="empty" data-code="${esc(block.code)}">${esc(block.text)} <span class="code">[${esc(block.code)}]</span></div>`;
  }
}

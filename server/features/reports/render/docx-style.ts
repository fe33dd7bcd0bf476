/**
 * Word styles of the DOCX report. Every run names an East Asian font as well as a Latin one, so
 * Word on a client's PC shows Chinese in Microsoft YaHei (Windows) and falls back through its own
 * substitution (SimSun) elsewhere; Word's built-in heading styles (Heading1–3) are kept, so the
 * navigation pane and the TOC field work.
 */
import type { IStylesOptions } from 'docx';

export const LATIN_FONT = 'Calibri';
export const EAST_ASIAN_FONT = 'Microsoft YaHei';
export const REPORT_FONT = {
  ascii: LATIN_FONT,
  hAnsi: LATIN_FONT,
  cs: LATIN_FONT,
  eastAsia: EAST_ASIAN_FONT,
};

/** Half-points, as Word counts font sizes. */
const size = (points: number): number => points * 2;

const heading = (id: string, name: string, points: number, before: number) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: REPORT_FONT, size: size(points), bold: true, color: '1F3864' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
});

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: REPORT_FONT, size: size(10.5) },
      paragraph: { spacing: { after: 100, line: 300 } },
    },
    heading1: heading('Heading1', 'heading 1', 18, 0),
    heading2: heading('Heading2', 'heading 2', 14, 240),
    heading3: heading('Heading3', 'heading 3', 12, 200),
    title: { run: { font: REPORT_FONT, size: size(28), bold: true, color: '1F3864' } },
  },
  paragraphStyles: [
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: REPORT_FONT, size: size(9), color: '444444' },
      paragraph: { spacing: { after: 0, line: 260 } },
    },
    {
      id: 'PinComment',
      name: 'Pin comment',
      basedOn: 'Normal',
      run: { font: REPORT_FONT, italics: true, color: '7A4A00' },
      paragraph: {
        indent: { left: 240 },
        shading: { type: 'clear', fill: 'FFF4DD', color: 'auto' },
        border: { left: { style: 'single', size: 18, color: 'E0A030', space: 8 } },
      },
    },
    {
      id: 'EmptyNote',
      name: 'Empty note',
      basedOn: 'Normal',
      run: { font: REPORT_FONT, italics: true, color: '777777' },
    },
  ],
};

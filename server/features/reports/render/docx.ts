/**
 * DOCX rendering with `docx`: a cover page, a TOC field (Word fills page numbers when it updates
 * fields on open), one Heading1 per chapter, the chapter blocks (docx-blocks.ts), and a header
 * with the report title and a footer with localised page numbers on every page but the cover.
 */
import type { ReportDocument, ReportLanguage } from '@graph-schema/dto/report';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
} from 'docx';
import { blockContent, type DocxChild } from './docx-blocks';
import { DOCX_STYLES } from './docx-style';
import type { Renderer } from './renderer';

const WORDS = {
  contents: { zh: '目录', en: 'Contents' },
} as const;

// The cover lines already carry client, data version and report day (cover.ts), as in the HTML
// cover; with the demo corpus the first line is the SYNTHETIC DEMO DATA notice, set in red.
function coverPage(document: ReportDocument): Paragraph[] {
  const { cover } = document;
  const [first, ...rest] = cover.lines;
  const notice = cover.syntheticDemo ? first : undefined;
  const lines = cover.syntheticDemo ? rest : cover.lines;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 600 }, text: cover.title }),
    ...(notice === undefined
      ? []
      : [
          new Paragraph({ children: [new TextRun({ text: notice, bold: true, color: 'C00000', size: 28 })] }),
        ]),
    ...lines.map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 24 })] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function pageFooter(language: ReportLanguage): Footer {
  const parts =
    language === 'zh'
      ? ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页']
      : ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES];
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: parts, size: 16 })],
      }),
    ],
  });
}

function body(document: ReportDocument): (DocxChild | TableOfContents)[] {
  const contents = WORDS.contents[document.language];
  return [
    ...coverPage(document),
    // Not a heading style: the contents must not list itself.
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: contents, bold: true, size: 36 })],
    }),
    new TableOfContents(contents, { hyperlink: true, headingStyleRange: '1-3' }),
    ...document.chapters.flatMap((chapter) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun(`${chapter.number} ${chapter.title}`)],
      }),
      ...chapter.blocks.flatMap(blockContent),
    ]),
  ];
}

export function docxDocument(document: ReportDocument): Document {
  return new Document({
    title: document.cover.title,
    creator: 'PatNav',
    features: { updateFields: true },
    styles: DOCX_STYLES,
    sections: [
      {
        // The cover (first page) has its own, empty header and footer.
        properties: { titlePage: true, page: { size: { width: 11_906, height: 16_838 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: document.cover.title, size: 16, color: '555555' })],
              }),
            ],
          }),
          first: new Header({ children: [] }),
        },
        footers: { default: pageFooter(document.language), first: new Footer({ children: [] }) },
        children: body(document),
      },
    ],
  });
}

export const renderDocx: Renderer = async (input, progress) => {
  const bytes = await Packer.toBuffer(docxDocument(input.document));
  progress(1);
  return new Uint8Array(bytes);
};

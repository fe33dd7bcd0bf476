/**
 * USPTO bulk files are many XML documents concatenated, each with its own `<?xml …?>` declaration.
 * A streaming parser over the whole file sees one document (and grows without bound), so the text
 * is split on each declaration and every document is parsed on its own.
 */
import type { Readable } from 'node:stream';

const DECLARATION = '<?xml ';

export interface XmlDocumentText {
  /** 1-based position of the document in the file. */
  index: number;
  /** 1-based line of the document's first line. */
  line: number;
  text: string;
}

function countLines(text: string): number {
  let lines = 0;
  for (let position = text.indexOf('\n'); position !== -1; position = text.indexOf('\n', position + 1))
    lines += 1;
  return lines;
}

/** Splits a decoded text stream into documents; memory holds one document at a time. */
export async function* splitXmlDocuments(chunks: Readable): AsyncGenerator<XmlDocumentText> {
  let buffer = '';
  let index = 0;
  let line = 1;
  for await (const chunk of chunks as AsyncIterable<string>) {
    buffer += chunk;
    // Search from 1 so the declaration that starts the current document does not split it.
    let next = buffer.indexOf(DECLARATION, 1);
    while (next !== -1) {
      const text = buffer.slice(0, next);
      if (text.trim()) {
        index += 1;
        yield { index, line, text };
      }
      line += countLines(text);
      buffer = buffer.slice(next);
      next = buffer.indexOf(DECLARATION, 1);
    }
  }
  if (buffer.trim()) yield { index: index + 1, line, text: buffer };
}

/** Name of the first element after the declaration, processing instructions, comments and DOCTYPE. */
export function xmlRootElement(text: string): string | undefined {
  const withoutProlog = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/i, '');
  return /<([A-Za-z_][\w:.-]*)/.exec(withoutProlog)?.[1];
}

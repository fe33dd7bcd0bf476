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
  /**
   * Set when the document is longer than the limit: `text` then holds only its beginning (for the
   * excerpt) and the document is not parsed; `length` is the characters seen before giving up.
   */
  oversized?: { length: number };
}

/**
 * Largest document parsed, in characters. A USPTO grant with full text is a few MB; a document
 * many times that is refused, since its parsed tree takes several times its size in memory
 * (a 50 MB document peaked at 2.2 GB RSS).
 */
export const XML_DOCUMENT_MAX_CHARS = 32 * 1024 * 1024;

const HEAD_KEPT = 4096;

function countLines(text: string): number {
  let lines = 0;
  for (let position = text.indexOf('\n'); position !== -1; position = text.indexOf('\n', position + 1))
    lines += 1;
  return lines;
}

/** Splitting state: the current document's text, or only its head once it passed the limit. */
interface Splitter {
  buffer: string;
  /** Where the next search for a declaration starts (what was searched is not searched again). */
  searchFrom: number;
  /**
   * The buffer's last few characters: a declaration split across two chunks is found by searching
   * carry + chunk, so a growing buffer is not searched (V8 flattens a concatenated string to search
   * it: searching after every chunk copied a 32 M-character document hundreds of times).
   */
  carry: string;
  index: number;
  line: number;
  /** Set while skipping a document over the limit. */
  skipped?: { head: string; length: number; lines: number };
}

function finished(state: Splitter, text: string): XmlDocumentText | undefined {
  const skipped = state.skipped;
  state.skipped = undefined;
  if (!skipped && !text.trim()) {
    state.line += countLines(text);
    return undefined;
  }
  state.index += 1;
  const document: XmlDocumentText = skipped
    ? {
        index: state.index,
        line: state.line,
        text: skipped.head,
        oversized: { length: skipped.length + text.length },
      }
    : { index: state.index, line: state.line, text };
  state.line += countLines(text) + (skipped?.lines ?? 0);
  return document;
}

/** Documents completed by the text added so far; drops the text of a document over the limit. */
function* completed(state: Splitter, maxChars: number): Generator<XmlDocumentText> {
  // While skipping, the current document's own declaration is long gone: a match at 0 starts the next.
  let next = state.buffer.indexOf(DECLARATION, state.skipped ? 0 : Math.max(1, state.searchFrom));
  while (next !== -1) {
    const document = finished(state, state.buffer.slice(0, next));
    if (document) yield document;
    state.buffer = state.buffer.slice(next);
    next = state.buffer.indexOf(DECLARATION, 1);
  }
  state.searchFrom = Math.max(1, state.buffer.length - DECLARATION.length);
  dropIfOversized(state, maxChars);
}

/** Whether `window` (the carry and the new chunk, at `offset` in the buffer) holds a document boundary. */
function holdsBoundary(state: Splitter, window: string, offset: number): boolean {
  for (let hit = window.indexOf(DECLARATION); hit !== -1; hit = window.indexOf(DECLARATION, hit + 1))
    if (state.skipped || offset + hit >= 1) return true;
  return false;
}

function dropIfOversized(state: Splitter, maxChars: number): void {
  if (state.buffer.length > maxChars || state.skipped) {
    // Keep the tail that may hold the start of the next declaration; count and drop the rest.
    const kept = state.buffer.slice(-(DECLARATION.length - 1));
    const dropped = state.buffer.slice(0, state.buffer.length - kept.length);
    state.skipped ??= { head: dropped.slice(0, HEAD_KEPT), length: 0, lines: 0 };
    state.skipped.length += dropped.length;
    state.skipped.lines += countLines(dropped);
    state.buffer = kept;
  }
}

/**
 * Splits a decoded text stream into documents; memory holds one document at a time, and at most
 * `maxChars` of it: a longer document is yielded `oversized`, without its text.
 */
export async function* splitXmlDocuments(
  chunks: Readable,
  maxChars = XML_DOCUMENT_MAX_CHARS,
): AsyncGenerator<XmlDocumentText> {
  const state: Splitter = { buffer: '', searchFrom: 1, carry: '', index: 0, line: 1 };
  for await (const chunk of chunks as AsyncIterable<string>) {
    const window = state.carry + chunk;
    const offset = state.buffer.length - state.carry.length;
    state.buffer += chunk;
    if (holdsBoundary(state, window, offset)) yield* completed(state, maxChars);
    else dropIfOversized(state, maxChars);
    state.carry = window.slice(-Math.min(DECLARATION.length - 1, state.buffer.length));
  }
  const last = finished(state, state.buffer);
  if (last) yield last;
}

/** Name of the first element after the declaration, processing instructions, comments and DOCTYPE. */
export function xmlRootElement(text: string): string | undefined {
  const withoutProlog = text
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/i, '');
  return /<([A-Za-z_][\w:.-]*)/.exec(withoutProlog)?.[1];
}

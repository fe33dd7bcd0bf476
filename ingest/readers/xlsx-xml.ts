/**
 * Streams the XML of one ZIP entry through saxes: the entry is inflated chunk by chunk
 * (zip-entries.ts, with its limits), decoded as UTF-8 across chunk borders and fed to the parser;
 * the handlers the caller installs collect what they need. Nothing holds the whole entry.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { type InflateLimits, inflateEntry, type ZipEntry } from './zip-entries';

export interface XmlHandlers {
  open?: (local: string, tag: SaxesTagPlain) => void;
  close?: (local: string) => void;
  text?: (text: string) => void;
}

/** `x:row` → `row`: some writers prefix the spreadsheetml namespace. */
export const localOf = (name: string) => name.slice(name.indexOf(':') + 1);

export class XlsxXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XlsxXmlError';
  }
}

function parserWith(handlers: XmlHandlers): SaxesParser {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw new XlsxXmlError(error.message);
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localOf(tag.name), tag as SaxesTagPlain));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localOf(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  return parser;
}

/**
 * Parses the entry; after each chunk `afterChunk` runs (the row reader yields what the chunk
 * completed there, so rows leave memory as they are read).
 */
export async function* parseEntryXml<T>(
  filePath: string,
  entry: ZipEntry,
  limits: InflateLimits,
  handlers: XmlHandlers,
  afterChunk: () => T[],
): AsyncGenerator<T> {
  const parser = parserWith(handlers);
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of inflateEntry(filePath, entry, limits)) {
    parser.write(decoder.decode(chunk, { stream: true }));
    yield* afterChunk();
  }
  parser.write(decoder.decode()).close();
  yield* afterChunk();
}

/** Runs the handlers over the whole entry (workbook, relationships, shared strings). */
export async function consumeEntryXml(
  filePath: string,
  entry: ZipEntry,
  limits: InflateLimits,
  handlers: XmlHandlers,
): Promise<void> {
  for await (const _ of parseEntryXml<never>(filePath, entry, limits, handlers, () => [])) {
    // Handlers collect; nothing is yielded.
  }
}

/**
 * Shared driver for XML formats: split the file into documents, parse each, hand the tree to a
 * format mapper. A document that fails to parse or map becomes a rejection; the file goes on.
 */
import { type DecodeStats, openTextStream, type TextEncoding } from '../encoding';
import { InvalidFieldError } from '../normalise/text';
import type { ReadResult, RecordWarning, SourceRef } from '../record';
import { excerptOf, type ReaderContext, rejection, reportReplacements } from './types';
import { splitXmlDocuments, XML_DOCUMENT_MAX_CHARS } from './xml-documents';
import { parseXml, type XmlElement } from './xml-tree';

/** Maps one parsed document to zero or more results (an OPS family response holds many members). */
export type XmlDocumentMapper = (root: XmlElement, source: SourceRef, context: ReaderContext) => ReadResult[];

const recoveredXmlWarning = (problem: string): RecordWarning => ({ code: 'XML_RECOVERED', message: problem });

export async function* readXmlDocuments(
  context: ReaderContext,
  encoding: TextEncoding,
  mapDocument: XmlDocumentMapper,
): AsyncGenerator<ReadResult> {
  const stats: DecodeStats = { replacements: 0 };
  for await (const document of splitXmlDocuments(
    openTextStream(context.filePath, encoding, context.onBytes, stats),
  )) {
    // line = document index in bulk files (SourceRef contract); the first line is in the excerpt.
    const source: SourceRef = { file: context.filePath, line: document.index, format: context.format };
    if (document.oversized) {
      yield rejection(
        source,
        'XML_DOCUMENT_TOO_LARGE',
        `document of ${document.oversized.length} characters is longer than the ${XML_DOCUMENT_MAX_CHARS} read (not parsed)`,
        'document',
        document.text,
      );
      continue;
    }
    const { root, problems } = parseXml(document.text);
    if (!root) {
      yield rejection(
        source,
        'UNPARSEABLE_XML',
        `not parseable as XML: ${problems[0] ?? 'no root element'}`,
        'document',
        document.text,
      );
      continue;
    }
    try {
      const results = mapDocument(root, source, context);
      for (const result of results) {
        yield result.ok && problems.length > 0
          ? { ...result, warnings: [...(result.warnings ?? []), ...problems.map(recoveredXmlWarning)] }
          : result;
      }
    } catch (error) {
      if (!(error instanceof InvalidFieldError)) throw error;
      yield rejection(source, error.code, error.message, error.field, excerptOf(document.text.slice(0, 400)));
    }
  }
  reportReplacements(context, stats, encoding);
}

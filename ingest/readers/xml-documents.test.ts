import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitXmlDocuments, type XmlDocumentText } from './xml-documents';

async function split(chunks: string[], maxChars?: number): Promise<XmlDocumentText[]> {
  const documents: XmlDocumentText[] = [];
  for await (const document of splitXmlDocuments(Readable.from(chunks), maxChars)) documents.push(document);
  return documents;
}

const doc = (body: string) => `<?xml version="1.0"?>\n<a>${body}</a>\n`;

describe('splitXmlDocuments', () => {
  it('splits on declarations, also one cut across chunks, with 1-based indexes and first lines', async () => {
    const text = doc('1') + doc('2') + doc('3');
    const cut = text.indexOf('<?xml', 5) + 3;
    const documents = await split([text.slice(0, cut), text.slice(cut, cut + 2), text.slice(cut + 2)]);
    expect(documents.map((d) => [d.index, d.line, d.text])).toEqual([
      [1, 1, doc('1')],
      [2, 3, doc('2')],
      [3, 5, doc('3')],
    ]);
  });

  it('yields a document over the limit as oversized (head only) and goes on with the next', async () => {
    const big = doc('x'.repeat(5000));
    const chunks = [doc('1'), ...big.match(/[\s\S]{1,700}/g)!, doc('3')];
    const documents = await split(chunks, 1000);
    expect(documents.map((d) => d.index)).toEqual([1, 2, 3]);
    expect(documents[1]!.oversized).toEqual({ length: big.length });
    expect(documents[1]!.text.startsWith('<?xml')).toBe(true);
    expect(documents[1]!.text.length).toBeLessThan(big.length);
    expect(documents[2]).toEqual({ index: 3, line: 5, text: doc('3') });
  });

  it('keeps memory to the limit on a 50 MB document (issue 14, item 6)', async () => {
    const chunk = '<p>'.padEnd(64 * 1024, 'y');
    const chunks = function* () {
      yield '<?xml version="1.0"?>\n<a>';
      for (let k = 0; k < 800; k++) yield chunk;
      yield `</a>\n${doc('after')}`;
    };
    const before = process.memoryUsage().rss;
    let peak = before;
    const documents: XmlDocumentText[] = [];
    for await (const document of splitXmlDocuments(Readable.from(chunks()), 4 * 1024 * 1024)) {
      documents.push(document);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(documents.map((d) => d.oversized?.length ?? 0)[0]).toBeGreaterThan(50_000_000);
    expect(documents[1]!.text).toBe(doc('after'));
    expect(peak - before).toBeLessThan(200 * 1024 * 1024);
  });
});

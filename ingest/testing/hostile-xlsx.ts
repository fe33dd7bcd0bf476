/**
 * Test helper: XLSX workbooks written byte by byte, including hostile ones (a zip bomb sheet, a
 * shared-strings bomb, a sheet before its shared strings). Generated at test time, never committed.
 */

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The entry's bytes, or (for bombs) its already deflated bytes with their inflated size and CRC. */
  data: Buffer | { deflated: Buffer; size: number; crc: number };
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';
export const sheetXml = (rows: string) => `${SHEET_HEAD}${rows}${SHEET_TAIL}`;

export const SHARED_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

export const sharedStringsXml = (items: string) => `${SHARED_HEAD}${items}</sst>`;

/** One row of inline-string cells, A1-style references. */
export function inlineRow(row: number, cells: readonly string[]): string {
  const xml = cells.map(
    (text, k) => `<c r="${String.fromCharCode(65 + k)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`,
  );
  return `<row r="${row}">${xml.join('')}</row>`;
}

/**
 * `head`, then `repeat` repeated `times`, then `tail`, deflated as a stream: the inflated size can
 * be gigabytes while only the deflated bytes are held.
 */
export async function deflatedRepeat(
  head: string,
  repeat: string,
  times: number,
  tail: string,
): Promise<{ deflated: Buffer; size: number; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const finished = once(deflate, 'end');
  let crc = 0;
  let size = 0;
  const feed = async (buffer: Buffer) => {
    crc = crc32(buffer, crc);
    size += buffer.length;
    if (!deflate.write(buffer)) await once(deflate, 'drain');
  };
  await feed(Buffer.from(head));
  const perBlock = Math.max(1, Math.floor((1 << 20) / repeat.length));
  const block = Buffer.from(repeat.repeat(perBlock));
  for (let done = 0; done < times; done += perBlock)
    await feed(done + perBlock <= times ? block : Buffer.from(repeat.repeat(times - done)));
  await feed(Buffer.from(tail));
  deflate.end();
  await finished;
  return { deflated: Buffer.concat(out), size, crc };
}

function entryOf(part: ZipPart) {
  const name = Buffer.from(part.name);
  if (Buffer.isBuffer(part.data))
    return { name, deflated: deflateRawSync(part.data), size: part.data.length, crc: crc32(part.data) };
  return { name, ...part.data };
}

/** Writes a ZIP (deflate, no ZIP64) of the parts in the given order. */
export async function writeZip(filePath: string, parts: readonly ZipPart[]): Promise<void> {
  const out = createWriteStream(filePath, { mode: 0o600 });
  const central: Buffer[] = [];
  let offset = 0;
  const write = async (buffer: Buffer) => {
    offset += buffer.length;
    if (!out.write(buffer)) await once(out, 'drain');
  };
  for (const part of parts) {
    const entry = entryOf(part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.deflated.length, 18);
    local.writeUInt32LE(Math.min(entry.size, 0xffffffff), 22);
    local.writeUInt16LE(entry.name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    local.copy(header, 10, 8, 30);
    header.writeUInt32LE(offset, 42);
    central.push(header, entry.name);
    await write(local);
    await write(entry.name);
    await write(entry.deflated);
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(directory);
  await write(end);
  out.end();
  await once(out, 'finish');
}

/** A workbook of the sheet (and shared strings, when given), the sheet first like a hostile writer. */
export function workbookParts(sheet: ZipPart['data'], sharedStrings?: ZipPart['data']): ZipPart[] {
  return [
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    { name: 'xl/workbook.xml', data: Buffer.from(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(WORKBOOK_RELS) },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', data: sharedStrings }] : []),
  ];
}

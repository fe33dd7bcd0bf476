/**
 * A minimal ZIP reader for XLSX workbooks: the central directory is read from the end of the file,
 * so any entry can be opened in any order (shared strings before the sheet) without unpacking
 * anything to disk. Each entry is inflated as a stream and counted: an entry that inflates past
 * its byte limit, or far past its compressed size (a zip bomb), stops with a `ZipLimitError`
 * before memory or disk grows. Declared sizes are never trusted; only the bytes inflated count.
 */
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export interface InflateLimits {
  /** Most bytes one entry may inflate to. */
  maxBytes: number;
  /** Most inflated bytes per compressed byte, checked once an entry is past `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** The archive breaks a limit: `what` names the limit, for the refusal message. */
export class ZipLimitError extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = 'ZipLimitError';
  }
}

export class ZipDamagedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipDamagedError';
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const MAX_COMMENT = 0xffff;
const MAX_ENTRIES = 10_000;
const UINT32_MAX = 0xffffffff;
const INFLATE_CHUNK_BYTES = 256 * 1024;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** Offset and size of the central directory, from the (ZIP64) end-of-central-directory record. */
async function centralDirectory(
  handle: FileHandle,
  fileSize: number,
): Promise<{ offset: number; size: number }> {
  const tailLength = Math.min(fileSize, 22 + MAX_COMMENT);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  // Scan backwards: the comment after the record may itself hold the signature bytes.
  for (let at = tail.length - 22; at >= 0; at--) {
    if (tail.readUInt32LE(at) !== EOCD_SIGNATURE) continue;
    const size = tail.readUInt32LE(at + 12);
    const offset = tail.readUInt32LE(at + 16);
    if (offset !== UINT32_MAX && size !== UINT32_MAX) return { offset, size };
    const locatorAt = at - 20;
    if (locatorAt < 0 || tail.readUInt32LE(locatorAt) !== ZIP64_LOCATOR_SIGNATURE) break;
    const record = await readAt(handle, Number(tail.readBigUInt64LE(locatorAt + 8)), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) break;
    return { size: Number(record.readBigUInt64LE(40)), offset: Number(record.readBigUInt64LE(48)) };
  }
  throw new ZipDamagedError('no ZIP end-of-central-directory record (not a ZIP file, or cut short)');
}

/** Sizes and offset an entry moved to its ZIP64 extra field (id 1) because they overflow 32 bits. */
function zip64Values(extra: Buffer, entry: ZipEntry, uncompressed: number): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      const next = () => {
        const value = field + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(field)) : UINT32_MAX;
        field += 8;
        return value;
      };
      if (uncompressed === UINT32_MAX) next();
      if (entry.compressedSize === UINT32_MAX) entry.compressedSize = next();
      if (entry.localHeaderOffset === UINT32_MAX) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/** Every entry of the archive, by name. */
export async function readZipEntries(filePath: string): Promise<Map<string, ZipEntry>> {
  const handle = await open(filePath, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const directory = await centralDirectory(handle, fileSize);
    if (directory.offset + directory.size > fileSize || directory.size > 64 * 1024 * 1024)
      throw new ZipDamagedError('the ZIP central directory lies outside the file');
    const records = await readAt(handle, directory.offset, directory.size);
    const entries = new Map<string, ZipEntry>();
    for (let at = 0; at + 46 <= records.length; ) {
      if (records.readUInt32LE(at) !== CENTRAL_SIGNATURE) break;
      const nameLength = records.readUInt16LE(at + 28);
      const extraLength = records.readUInt16LE(at + 30);
      const commentLength = records.readUInt16LE(at + 32);
      const name = records.toString('utf8', at + 46, at + 46 + nameLength);
      const entry: ZipEntry = {
        name,
        method: records.readUInt16LE(at + 10),
        compressedSize: records.readUInt32LE(at + 20),
        localHeaderOffset: records.readUInt32LE(at + 42),
      };
      const extraStart = at + 46 + nameLength;
      zip64Values(
        records.subarray(extraStart, extraStart + extraLength),
        entry,
        records.readUInt32LE(at + 24),
      );
      entries.set(name, entry);
      if (entries.size > MAX_ENTRIES)
        throw new ZipLimitError(`more than ${MAX_ENTRIES} entries in the archive`);
      at = extraStart + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

async function dataOffset(filePath: string, entry: ZipEntry): Promise<number> {
  const handle = await open(filePath, 'r');
  try {
    const header = await readAt(handle, entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE)
      throw new ZipDamagedError(`entry ${entry.name}: no local header at its offset`);
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}

/**
 * The entry's inflated bytes, chunk by chunk. Stops with ZipLimitError as soon as the count passes
 * a limit; the streams are destroyed when the caller stops early (a `break` or a thrown error).
 */
export async function* inflateEntry(
  filePath: string,
  entry: ZipEntry,
  limits: InflateLimits,
): AsyncGenerator<Buffer> {
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipDamagedError(`entry ${entry.name}: compression method ${entry.method} is not supported`);
  const start = await dataOffset(filePath, entry);
  const raw = createReadStream(filePath, { start, end: start + Math.max(entry.compressedSize, 1) - 1 });
  // 256 KiB output chunks instead of zlib's 16 KiB: a 4 GB sheet is handed to the XML parser in
  // 16,000 pieces rather than 250,000 (fewer stream callbacks, decoder and parser calls).
  const bytes: Readable =
    entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES })) : raw;
  raw.on('error', (error) => bytes.destroy(error));
  // The ratio is taken against the compressed bytes read so far, not the entry's whole size: a
  // bomb is caught after `ratioFloorBytes`, however long it is.
  let consumed = 0;
  raw.on('data', (chunk: string | Buffer) => {
    consumed += chunk.length;
  });
  let inflated = 0;
  try {
    for await (const chunk of bytes as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > limits.maxBytes)
        throw new ZipLimitError(`${entry.name} inflates to more than ${limits.maxBytes} bytes`);
      if (inflated > limits.ratioFloorBytes && inflated > limits.maxRatio * Math.max(consumed, 1))
        throw new ZipLimitError(
          `${entry.name} inflates to more than ${limits.maxRatio} times its compressed size (a zip bomb?)`,
        );
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ZipLimitError || error instanceof ZipDamagedError) throw error;
    throw new ZipDamagedError(
      `entry ${entry.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    raw.destroy();
    bytes.destroy();
  }
}

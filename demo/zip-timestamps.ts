/**
 * exceljs (through archiver) stamps every zip entry with the current time, which would make two
 * runs of the same seed differ. This rewrites the DOS time and date of each entry, in the central
 * directory and in the local headers, to one fixed moment, so the XLSX is byte-identical per seed.
 */
import { open } from 'node:fs/promises';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_TAIL = 22 + 0xffff; // end record plus the longest possible comment

/** DOS dates start in 1980; earlier moments are clamped to its first day. */
function dosDateTime(moment: Date): { time: number; date: number } {
  const date = moment.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : moment;
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export async function fixZipTimestamps(path: string, moment: Date): Promise<void> {
  const { time, date } = dosDateTime(moment);
  const file = await open(path, 'r+');
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, MAX_TAIL);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const endAt = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (endAt < 0 || tail.readUInt32LE(endAt) !== END_OF_CENTRAL_DIRECTORY)
      throw new Error(`${path}: no zip end record`);
    const entries = tail.readUInt16LE(endAt + 10);
    const directorySize = tail.readUInt32LE(endAt + 12);
    const directoryOffset = tail.readUInt32LE(endAt + 16);
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(date, 2);
    let at = 0;
    for (let entry = 0; entry < entries; entry += 1) {
      if (directory.readUInt32LE(at) !== CENTRAL_HEADER)
        throw new Error(`${path}: bad central directory entry ${entry}`);
      stamp.copy(directory, at + 12);
      const localOffset = directory.readUInt32LE(at + 42);
      const signature = Buffer.alloc(4);
      await file.read(signature, 0, 4, localOffset);
      if (signature.readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`${path}: bad local header ${entry}`);
      await file.write(stamp, 0, 4, localOffset + 10);
      at +=
        46 +
        directory.readUInt16LE(at + 28) +
        directory.readUInt16LE(at + 30) +
        directory.readUInt16LE(at + 32);
    }
    await file.write(directory, 0, directorySize, directoryOffset);
  } finally {
    await file.close();
  }
}

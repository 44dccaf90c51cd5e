import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** One file read back from a zip archive. */
export interface UnzippedEntry {
  name: string;
  data: Buffer;
  /** Compression method: 0 stored, 8 deflate. */
  method: number;
  crc: number;
}

/** A tiny zip reader (central directory, stored or DEFLATE entries, no ZIP64), for tests. */
export function readZip(zip: Buffer): UnzippedEntry[] {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip: no end of central directory record');
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const entries: UnzippedEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;

    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + compressed);
    const data = method === 0 ? Buffer.from(body) : method === 8 ? zlib.inflateRawSync(body) : null;
    if (!data) throw new Error(`${name}: unsupported method ${method}`);
    if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, expected ${size}`);
    if ((zlib.crc32(data) >>> 0) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data, method, crc });
  }
  return entries;
}

/** Unpack a zip archive into `dir`. Returns the names written. */
export function unzipTo(zip: Buffer, dir: string): string[] {
  const root = path.resolve(dir);
  return readZip(zip).map(({ name, data }) => {
    const abs = path.resolve(root, name);
    if (!abs.startsWith(root + path.sep)) throw new Error(`zip entry escapes the folder: ${name}`);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, data);
    return name;
  });
}

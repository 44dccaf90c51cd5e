/**
 * A minimal, deterministic zip writer (no dependency): local file headers,
 * central directory, end record. DEFLATE (or stored, when deflating does not
 * help), CRC-32, UTF-8 names. Entries are sorted by name and carry a fixed
 * timestamp (1980-01-01 00:00) and fixed attributes, so the same files always
 * give the same bytes. No ZIP64: at most 65 535 entries and 4 GiB.
 */
import fs from 'node:fs';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  name: string;
  data: Uint8Array;
}

/** An entry whose bytes are read only when it is written (large sites do not fit in memory twice). */
export interface LazyZipEntry {
  /** Path inside the archive, `/`-separated, no leading slash. */
  name: string;
  load: () => Uint8Array;
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const UTF8_FLAG = 0x0800;
const MADE_BY = (3 << 8) | 20; // Unix, zip 2.0
const FILE_ATTRS = (0o100644 << 16) >>> 0; // regular file, rw-r--r--
/** zlib's default level: level 9 took twice as long for under 1% smaller pages. */
const LEVEL = 6;
/** Entries compressed ahead of the writer (zlib's thread pool works on these in parallel). */
const WINDOW = 16;

const deflateRaw = promisify(zlib.deflateRaw);

/** Sorted by name, with bad and duplicate names refused. */
function sortedNames<T extends { name: string }>(entries: T[]): T[] {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (sorted.length > 0xffff) throw new Error(`zip: ${sorted.length} entries is more than 65535`);
  sorted.forEach(({ name }, i) => {
    if (!name || name.startsWith('/') || name.includes('\\')) throw new Error(`zip: bad entry name "${name}"`);
    if (i > 0 && name === sorted[i - 1]!.name) throw new Error(`zip: duplicate entry "${name}"`);
  });
  return sorted;
}

/** Appends entries' records at increasing offsets and remembers their central directory records. */
class Records {
  readonly centrals: Buffer[] = [];
  offset = 0;
  count = 0;

  /** The local header, name and body of one entry (deflated: its DEFLATE bytes, used when smaller). */
  local(name: string, data: Uint8Array, deflated: Uint8Array): Buffer[] {
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data) >>> 0;
    const stored = deflated.length >= data.length;
    const body = stored ? Buffer.from(data) : Buffer.from(deflated);
    if (this.offset + 30 + nameBytes.length + body.length > 0xffffffff) throw new Error('zip: archive over 4 GiB');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28); // extra length

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_FLAG, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    // extra, comment, disk number, internal attributes: 0
    central.writeUInt32LE(FILE_ATTRS, 38);
    central.writeUInt32LE(this.offset, 42);
    this.centrals.push(central, nameBytes);

    this.offset += 30 + nameBytes.length + body.length;
    this.count++;
    return [local, nameBytes, body];
  }

  /** The central directory and end record. */
  end(): Buffer[] {
    const cdSize = this.centrals.reduce((n, b) => n + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(this.offset, 16);
    return [...this.centrals, end];
  }
}

/** The bytes of a zip archive holding `entries` (sorted by name; duplicate names are an error). */
export function zipFiles(entries: ZipEntry[]): Buffer {
  const records = new Records();
  const parts = sortedNames(entries).flatMap(({ name, data }) => records.local(name, data, zlib.deflateRawSync(data, { level: LEVEL })));
  return Buffer.concat([...parts, ...records.end()]);
}

/**
 * Write the same archive zipFiles would make to `target`, reading each entry
 * only when its turn comes and compressing several at once on zlib's threads,
 * so a site of thousands of pages is neither held in memory nor zipped on one core.
 */
export async function writeZip(target: string, entries: LazyZipEntry[]): Promise<{ files: number; bytes: number }> {
  const sorted = sortedNames(entries);
  const records = new Records();
  const pending: Promise<[Uint8Array, Uint8Array]>[] = [];
  const start = (i: number) => {
    const entry = sorted[i];
    if (!entry) return;
    const data = entry.load();
    pending[i] = deflateRaw(data, { level: LEVEL }).then((d) => [data, d]);
    // Awaited in order below; a failure further ahead must not surface as an unhandled rejection first.
    pending[i].catch(() => undefined);
  };
  const fd = fs.openSync(target, 'w');
  try {
    for (let i = 0; i < Math.min(WINDOW, sorted.length); i++) start(i);
    for (let i = 0; i < sorted.length; i++) {
      const [data, deflated] = await pending[i]!;
      delete pending[i];
      start(i + WINDOW);
      for (const part of records.local(sorted[i]!.name, data, deflated)) fs.writeSync(fd, part);
    }
    for (const part of records.end()) fs.writeSync(fd, part);
  } finally {
    fs.closeSync(fd);
  }
  return { files: sorted.length, bytes: fs.statSync(target).size };
}

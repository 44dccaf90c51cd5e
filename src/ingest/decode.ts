import { SourceInputError } from '../model/errors.ts';

/** Default size limit of one source file. Real articles are kilobytes; megabytes mean a wrong file. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;
const formatBytes = (n: number): string =>
  n >= MB ? `${(n / MB).toFixed(1).replace(/\.0$/, '')} MB` : n >= 1024 ? `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB` : `${n} bytes`;

/**
 * Refuse a file over the size limit before reading it, so a stray video or
 * database dump fails fast instead of being loaded into memory.
 */
export function checkSize(file: string, size: number, maxBytes = MAX_SOURCE_BYTES): void {
  if (size <= maxBytes) return;
  // One decimal for the size so "5.2 MB over a 5 MB limit" never reads as equal.
  const shown = size >= MB ? `${(size / MB).toFixed(1)} MB` : formatBytes(size);
  throw new SourceInputError(file, `file is ${shown}, over the ${formatBytes(maxBytes)} limit`, {
    hint: 'split it, remove what is not article text, or raise the size limit',
  });
}

/**
 * Bytes → text with LF line ends, or a SourceInputError saying what is wrong.
 * Strict UTF-8: a wrong encoding would silently garble names and quotes. A
 * UTF-8 BOM is dropped; UTF-16 with a BOM is unambiguous, so it is decoded.
 */
export function decodeSource(file: string, bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    text = decodeStrict(file, bytes.subarray(2), bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', 'UTF-16');
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) {
      throw new SourceInputError(file, 'file is binary (contains NUL bytes), not text', { hint: 'remove it, or save the page as text' });
    }
    text = decodeStrict(file, body, 'utf-8', 'UTF-8');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) {
    throw new SourceInputError(file, text ? 'file is empty (only whitespace)' : 'file is empty', { hint: 'add the article text or remove the file' });
  }
  if (looksBinary(text)) {
    throw new SourceInputError(file, 'file looks binary (mostly control characters), not text', { hint: 'remove it, or save the page as text' });
  }
  return text;
}

function decodeStrict(file: string, bytes: Uint8Array, encoding: string, label: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (err) {
    throw new SourceInputError(file, `file is not valid ${label}`, { hint: 'save it as UTF-8 text', cause: err });
  }
}

/** Control characters other than tab/newline/CR are a sign of binary data that happened to decode. */
function looksBinary(text: string): boolean {
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  return controls > 8 && controls > text.length / 50;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

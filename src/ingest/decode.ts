import { SourceInputError } from '../model/errors.ts';

/** Default size limit of one source file. Real articles are kilobytes; megabytes mean a wrong file. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/**
 * Bytes → text, or a SourceInputError that says what is wrong with the file.
 * Strict UTF-8 (a wrong encoding would silently garble names and quotes).
 */
export function decodeSource(file: string, bytes: Uint8Array, maxBytes = MAX_SOURCE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new SourceInputError(file, `file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(0)} MB limit`, {
      hint: 'split it or remove what is not article text',
    });
  }
  let b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) b = b.subarray(3);
  else if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) {
    throw new SourceInputError(file, 'file is UTF-16 encoded', { hint: 'save it as UTF-8' });
  }
  if (b.includes(0)) throw new SourceInputError(file, 'file is binary (contains NUL bytes), not text', { hint: 'remove it or save the page as text' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch (err) {
    throw new SourceInputError(file, 'file is not valid UTF-8', { hint: 'convert it to UTF-8', cause: err });
  }
  text = text.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new SourceInputError(file, 'file is empty', { hint: 'add the article text or remove the file' });
  // Control characters other than tab/newline are a sign of binary data misread as text.
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 8 && controls > text.length / 200) {
    throw new SourceInputError(file, 'file looks binary (many control characters)', { hint: 'remove it or save the page as text' });
  }
  return text;
}

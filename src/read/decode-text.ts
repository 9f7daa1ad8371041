import { readFileSync } from 'node:fs';
import { DossierError } from '../errors/dossier-error.js';

/** Files larger than this are refused unless the caller raises the limit (bytes). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Options for decoding a file's bytes into text. */
export interface DecodeOptions {
  /** A WHATWG encoding label ("latin1", "windows-1252"...); default UTF-8, strictly checked. */
  encoding?: string;
  maxBytes?: number;
}

/** What windows-1252 puts at 0x80-0x9F (the five bytes it leaves undefined stay C1 controls). */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes bytes with a decoder. Node 20's windows-1252 decoder (also used for the labels latin1
 * and iso-8859-1, as WHATWG says) gives C1 controls for 0x80-0x9F instead of the curly quotes,
 * dashes and euro sign there; they are mapped here, one code unit for one, so offsets are kept.
 */
export function decodeWith(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
}

/** Decodes file bytes to text; refuses empty, binary, oversized or wrongly encoded input with a coded error. */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0)
    throw new DossierError('FILE_EMPTY', 'the file is empty', { file, expected: 'text' });
  if (bytes.length > maxBytes) {
    throw new DossierError('FILE_TOO_LARGE', 'the file is too large to read as one article', {
      file,
      expected: `at most ${maxBytes} bytes`,
      found: `${bytes.length} bytes`,
    });
  }
  // a UTF-16 byte order mark (Windows "Unicode" text, PowerShell output) names the encoding itself
  const utf16 =
    options.encoding === undefined && bytes.length >= 2
      ? bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined
      : undefined;
  if (utf16) options = { ...options, encoding: utf16 };
  const sample = bytes.subarray(0, 8192);
  if (!utf16 && sample.includes(0)) {
    throw new DossierError('FILE_BINARY', 'the file is binary, not text', {
      file,
      expected: 'text',
      found: 'NUL bytes',
    });
  }
  const encoding = options.encoding ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch (cause) {
    throw new DossierError('OPTION_INVALID', `unknown encoding "${encoding}"`, {
      file,
      expected: 'an encoding label such as utf-8, latin1 or windows-1252',
      cause,
    });
  }
  let text: string;
  try {
    text = decodeWith(decoder, bytes);
  } catch (cause) {
    // the byte is located for UTF-8 only: another encoding's bad byte is not where UTF-8's would be
    const at = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    throw new DossierError('FILE_ENCODING', `the file is not valid ${encoding.toUpperCase()}`, {
      file,
      expected: `${encoding.toUpperCase()} text (or give --encoding)`,
      found: at >= 0 ? `an invalid byte 0x${bytes[at].toString(16)} at byte ${at}` : 'invalid bytes',
      cause,
    });
  }
  // UTF-16 text holds no NULs or other control characters: a binary file that starts with FF FE does
  // eslint-disable-next-line no-control-regex -- control characters are what is looked for
  if (utf16 && /[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 4096))) {
    throw new DossierError('FILE_BINARY', 'the file is binary, not text', {
      file,
      expected: 'text',
      found: 'control characters in what a UTF-16 byte order mark announced as text',
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new DossierError('FILE_EMPTY', 'the file holds only whitespace', { file });
  return text;
}

/** Data files (CoNLL, TimeML, gold corpora) are read whole up to this size (bytes). */
export const DATA_MAX_BYTES = 512 * 1024 * 1024;

/**
 * Reads a data file (a CoNLL, TimeML, JSON or text input of the eval and predict commands) as
 * strict UTF-8 text: FILE_NOT_FOUND when it cannot be read (`what` names what was expected),
 * FILE_EMPTY, FILE_BINARY, FILE_ENCODING or FILE_TOO_LARGE (past DATA_MAX_BYTES) as decodeText says.
 */
export function readDataFile(file: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new DossierError('FILE_NOT_FOUND', `cannot read the ${what}`, { file, cause });
  }
  return decodeText(bytes, file, { maxBytes: DATA_MAX_BYTES });
}

/** Byte index of the first invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const n =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    // overlong forms, surrogates and code points past U+10FFFF
    const b1 = bytes[i + 1];
    if (
      (b === 0xe0 && b1 < 0xa0) ||
      (b === 0xed && b1 >= 0xa0) ||
      (b === 0xf0 && b1 < 0x90) ||
      (b === 0xf4 && b1 >= 0x90)
    )
      return i;
    i += n + 1;
  }
  return -1;
}

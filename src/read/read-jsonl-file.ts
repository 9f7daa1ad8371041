import type { ArticleMeta } from '../doc/article.js';
import { DossierError } from '../errors/dossier-error.js';
import { decodeWith, firstInvalidUtf8 } from './decode-text.js';
import { readJsonlLine } from './read-json.js';
import { readLines } from './read-lines.js';
import type { ReadResult } from './read-path.js';

/** Options for streaming a JSONL file. */
export interface JsonlFileOptions {
  encoding?: string;
  /** The limit applies to each record (line), not to the file. */
  maxBytes: number;
  meta?: Partial<ArticleMeta>;
}

/** Decodes one line strictly; a bad byte becomes a JSONL_LINE error naming the line and the byte. */
function decodeLine(bytes: Uint8Array, decoder: TextDecoder, file: string, line: number): string {
  try {
    return decodeWith(decoder, bytes);
  } catch (cause) {
    const at = decoder.encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    throw new DossierError('JSONL_LINE', 'the line is not valid text in the expected encoding', {
      file,
      line,
      expected: `${decoder.encoding.toUpperCase()} text (or give --encoding)`,
      found:
        at >= 0 ? `an invalid byte 0x${bytes[at].toString(16)} at byte ${at} of the line` : 'invalid bytes',
      cause,
    });
  }
}

/**
 * Streams a JSONL file: each line is decoded and read on its own, so an archive larger than the
 * one-article limit can be read, and one bad line costs only that line.
 */
export function* readJsonlFile(file: string, options: JsonlFileOptions): Generator<ReadResult> {
  const encoding = options.encoding ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch (cause) {
    throw new DossierError('OPTION_INVALID', `unknown encoding "${encoding}"`, {
      file,
      expected: 'an encoding label such as utf-8, latin1 or windows-1252',
      cause,
    });
  }
  let records = 0;
  for (const raw of readLines(file, options.maxBytes)) {
    if (raw.line === 1 && raw.bytes.subarray(0, 4096).includes(0)) {
      throw new DossierError('FILE_BINARY', 'the file is binary, not text', {
        file,
        expected: 'JSONL text',
        found: 'NUL bytes',
      });
    }
    records++;
    if (raw.tooLong) {
      yield {
        error: new DossierError('JSONL_LINE', 'the line is too large to read as one article', {
          file,
          line: raw.line,
          expected: `at most ${options.maxBytes} bytes`,
          found: `${raw.tooLong} bytes`,
        }),
      };
      continue;
    }
    let source: string;
    try {
      source = decodeLine(raw.bytes, decoder, file, raw.line);
    } catch (error) {
      if (error instanceof DossierError) {
        yield { error };
        continue;
      }
      throw error;
    }
    const result = readJsonlLine(source, file, raw.line, options.meta);
    if (result) yield result;
    else records--;
  }
  if (records === 0) throw new DossierError('FILE_EMPTY', 'the JSONL file holds no records', { file });
}

/** The catalogue of coded errors: every failure Dossier reports has one of these codes. */
export const ERROR_CODES = {
  FILE_NOT_FOUND: 'a file or folder that does not exist',
  FILE_EMPTY: 'an empty file',
  FILE_BINARY: 'a binary file where text was expected',
  FILE_ENCODING: 'text that is not valid in the expected encoding',
  FILE_TOO_LARGE: 'a file larger than the configured limit',
  HTML_MALFORMED: 'HTML with no readable article',
  JSON_MALFORMED: 'JSON that does not parse',
  JSONL_LINE: 'one line of a JSONL file that does not parse or has no text',
  RECORD_INVALID: 'a JSON record without the fields an article needs',
  FORMAT_UNKNOWN: 'a file whose format cannot be recognised',
  CONLL_MALFORMED: 'a CoNLL or CoNLL-U file that does not follow the format',
  TIMEML_MALFORMED: 'a TimeML file that does not follow the format',
  OPTION_UNKNOWN: 'an option the command does not take',
  OPTION_INVALID: 'an option value that is not valid',
  COMMAND_UNKNOWN: 'a command Dossier does not have',
  MODEL_INVALID: 'a model file that is missing or corrupt',
  DATA_MISSING: 'gold data that is not where it should be',
  STORE_INVALID: 'a database file that is not a Dossier store, or one made by a newer Dossier',
  WARC_MALFORMED: 'a WARC archive that is truncated or does not follow the format',
  FEED_MALFORMED: 'an RSS or Atom feed that does not follow the format',
  REQUEST_INVALID: 'an HTTP request with a missing or invalid parameter or body',
  NOT_FOUND: 'an HTTP request for something the corpus does not hold',
  TOKEN_REQUIRED: 'an HTTP request without the access token the server requires',
} as const;

/** One of the error codes in the catalogue. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Details of a DossierError: what was expected, what was found, where. */
export interface ErrorDetails {
  file?: string;
  line?: number;
  expected?: string;
  found?: string;
  cause?: unknown;
}

/** A coded error with the file, what was expected and what was found. Never printed by library code. */
export class DossierError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly expected?: string;
  readonly found?: string;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    const where = details.file ? `${details.file}${details.line ? `:${details.line}` : ''}: ` : '';
    const parts = [where + message];
    if (details.expected) parts.push(`expected ${details.expected}`);
    if (details.found) parts.push(`found ${details.found}`);
    super(parts.join('; '), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'DossierError';
    this.code = code;
    this.file = details.file;
    this.line = details.line;
    this.expected = details.expected;
    this.found = details.found;
  }
}

/** True when the value is a DossierError (works across module copies). */
export function isDossierError(value: unknown): value is DossierError {
  return value instanceof Error && value.name === 'DossierError' && 'code' in value;
}

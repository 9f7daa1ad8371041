import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DossierError } from '../errors/dossier-error.js';

/** Where a command writes: stdout for results, stderr for messages. Injected so tests run in-process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
  /** Resolves once stdout has taken what was written (optional): a streaming command waits here so a slow reader bounds its memory. */
  drain?(): Promise<void>;
}

/** The process's own stdout and stderr. */
export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  drain: () => waitForDrain(process.stdout),
};

/** Resolves when a stream that is backed up drains (or closes, or fails: then there is nothing to wait for). */
export function waitForDrain(stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }): Promise<void> {
  if (!stream.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'error']) stream.once(event, done);
  });
}

/** A command: parses its own arguments and returns the exit code. */
export type Command = (argv: string[], io: Io) => Promise<number>;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses arguments strictly; an unknown option or missing value becomes a coded OPTION_UNKNOWN error. */
export function parseOptions<T extends Options>(
  command: string,
  argv: string[],
  options: T,
): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | string[] | undefined>, positionals };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new DossierError('OPTION_UNKNOWN', `dossier ${command}: ${message.split('\n')[0]}`, {
      expected: `one of ${Object.keys(options)
        .map((o) => '--' + o)
        .join(', ')}`,
      cause,
    });
  }
}

/** Reads a string option, or undefined. */
export function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a choice option, refusing values outside the list. */
export function choiceOption<T extends string>(
  values: Record<string, unknown>,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = stringOption(values, name);
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new DossierError('OPTION_INVALID', `--${name} "${value}" is not valid`, {
      expected: choices.join(' | '),
      found: value,
    });
  }
  return value as T;
}

/** Checks a --published value: an ISO date or date-time. */
export function dateOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = stringOption(values, name);
  if (value === undefined) return undefined;
  if (
    !/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new DossierError('OPTION_INVALID', `--${name} "${value}" is not a date`, {
      expected: 'an ISO 8601 date such as 2025-06-29 or 2025-06-29T10:00:00Z',
      found: value,
    });
  }
  return value;
}

#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DossierError, isDossierError } from '../errors/dossier-error.js';
import { COMMANDS, usage } from './commands.js';
import { asksForHelp } from './help.js';
import { processIo, type Io } from './io.js';

/** Runs the CLI with the given arguments; returns the exit code. Prints errors, never a stack trace for a coded error. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.out('dossier 0.1.0\n');
    return 0;
  }
  try {
    const command = COMMANDS[name];
    if (!command) {
      throw new DossierError('COMMAND_UNKNOWN', `unknown command "${name}"`, {
        expected: Object.keys(COMMANDS).join(', '),
        found: name,
      });
    }
    if (asksForHelp(rest) && name !== 'eval' && name !== 'predict') {
      io.out(`Usage:\n  dossier ${command.summary}\n`);
      return 0;
    }
    return await command.run(rest, io);
  } catch (error) {
    if (isDossierError(error)) {
      io.err(`dossier: ${error.message} [${error.code}]\n`);
      return error.code === 'OPTION_UNKNOWN' ||
        error.code === 'OPTION_INVALID' ||
        error.code === 'COMMAND_UNKNOWN'
        ? 2
        : 1;
    }
    io.err(
      `dossier: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 70;
  }
}

function isEntryPoint(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // a reader that stops early (`dossier extract DIR | head`) closes the pipe: stop quietly, as
  // Unix tools do, instead of dying on an unhandled EPIPE with a stack trace
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

import { DossierError } from '../errors/dossier-error.js';
import { evalTimexDir, formatTimexReport, type Half } from '../eval/timex-eval.js';
import { choiceOption, parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = { half: { type: 'string' }, errors: { type: 'string' } } as const;

/** `dossier eval timex DIR [--half even|odd] [--errors N]`: TempEval-3 extent, type and value scores. */
export async function evalTimexCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('eval timex', argv, OPTIONS);
  const dir = positionals[0];
  if (!dir) {
    throw new DossierError('OPTION_INVALID', 'dossier eval timex needs a folder of gold TimeML files', {
      expected: 'DIR holding *.tml',
      found: 'no folder',
    });
  }
  const half = choiceOption(values, 'half', ['all', 'even', 'odd'] as const, 'all') as Half;
  const limitText = stringOption(values, 'errors') ?? '0';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 0) {
    throw new DossierError('OPTION_INVALID', `--errors "${limitText}" is not a count`, {
      expected: 'a whole number',
      found: limitText,
    });
  }
  const result = evalTimexDir(dir, half);
  for (const e of result.errors.slice(0, limit))
    io.out(`  ${e.kind.padEnd(8)} ${e.gold ?? '-'}  =>  ${e.system ?? '-'}\n`);
  io.out(formatTimexReport(result, half === 'all' ? dir : `${dir} (${half} half)`));
  return 0;
}

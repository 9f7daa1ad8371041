import { DossierError } from '../errors/dossier-error.js';
import type { GeoCorpusName } from '../eval/geo-corpus.js';
import { evaluateGeoFolder, formatGeoScores, GEO_CORPORA } from '../eval/geo-eval.js';
import { geoComponents } from '../eval/geo-predict.js';
import { sharedDataPath } from '../models/paths.js';
import { parseOptions, stringOption, type Io } from './io.js';

const OPTIONS = { corpus: { type: 'string' }, limit: { type: 'string' }, half: { type: 'string' } } as const;

/** `dossier eval geo [DIR] [--corpus lgl,geovirus,trnews] [--limit N] [--half first|second]`: toponym recognition P/R/F1 and accuracy@161 km. */
export async function evalGeoCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOptions('eval geo', argv, OPTIONS);
  const dir = positionals[0] ?? sharedDataPath('geoparsing');
  const names = (stringOption(values, 'corpus') ?? 'lgl,geovirus,trnews').split(',');
  for (const name of names) {
    if (!(name in GEO_CORPORA)) {
      throw new DossierError('OPTION_INVALID', `--corpus "${name}" is not a geoparsing corpus`, {
        expected: Object.keys(GEO_CORPORA).join(', '),
        found: name,
      });
    }
  }
  const limitText = stringOption(values, 'limit');
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !(limit > 0))
    throw new DossierError('OPTION_INVALID', '--limit must be a positive number', { found: limitText });
  const half = stringOption(values, 'half');
  if (half !== undefined && half !== 'first' && half !== 'second')
    throw new DossierError('OPTION_INVALID', '--half must be first or second', {
      expected: 'first, second',
      found: half,
    });
  const results = evaluateGeoFolder(dir, names as GeoCorpusName[], limit, half);
  if (results.length === 0) {
    throw new DossierError('DATA_MISSING', 'no geoparsing corpus found', {
      file: dir,
      expected: Object.values(GEO_CORPORA).join(', '),
    });
  }
  io.out(formatGeoScores(results, geoComponents().recognizer));
  return 0;
}

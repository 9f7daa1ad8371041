import { writeFileSync } from 'node:fs';
import { decodeGazetteer, encodeGazetteer } from '../src/geo/gazetteer-file.js';
import { GAZETTEER_FILE } from '../src/geo/load-gazetteer.js';
import { modelPath } from '../src/models/paths.js';
import { buildGazetteerSource } from './gazetteer-build.js';

/**
 * Builds models/gazetteer.bin from the npm packages (GeoNames cities500 and division names,
 * world-countries) and the region data in src/geo/regions-data.ts. Deterministic: the same packages
 * give the same bytes. Args: [OUT].
 */
export function trainGazetteerModel(args: string[], log: (line: string) => void): void {
  const out = args.find((a) => !a.startsWith('--')) ?? modelPath(GAZETTEER_FILE);
  const started = Date.now();
  const source = buildGazetteerSource();
  const bytes = encodeGazetteer(source);
  // read it back before writing: a file that does not decode is never shipped
  const check = decodeGazetteer(bytes, out);
  if (check.size !== source.entries.length) throw new Error('gazetteer round trip lost entries');
  writeFileSync(out, bytes);
  log(
    `gazetteer: ${source.entries.length} places, ${source.names.size} names, ${source.demonyms.size} demonyms; ` +
      `${(bytes.length / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${out}`,
  );
}

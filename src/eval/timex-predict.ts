import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DossierError } from '../errors/dossier-error.js';
import { tagTimes } from '../extract/time/tag-times.js';
import type { TimeExpression } from '../extract/time/time-expression.js';
import { parseTimeml, writeTimeml, type TimemlDoc } from './timeml.js';
import { readDataFile } from '../read/decode-text.js';

/** Predicts the time expressions of a TimeML document from its untagged text and its creation time only. */
export function predictTimemlDoc(doc: TimemlDoc): TimeExpression[] {
  return tagTimes(doc.text, { published: doc.dct });
}

/** The TempEval-3 files (*.tml, *.TE3input) under a folder, recursively, in sorted order. */
export function listTimemlFiles(dir: string): string[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch (cause) {
    throw new DossierError('FILE_NOT_FOUND', 'no such folder', { file: dir, cause });
  }
  if (stat.isFile()) return [dir];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTimemlFiles(path));
    else if (/\.(?:tml|TE3input)$/.test(name)) out.push(path);
  }
  return out;
}

/** The output name of an input file: "x.tml.TE3input" -> "x.tml", "x.tml" -> "x.tml", "x.TE3input" -> "x.tml". */
export function outputName(file: string): string {
  const base = basename(file).replace(/\.TE3input$/, '');
  return base.endsWith('.tml') ? base : `${base}.tml`;
}

/** `predict timex`: reads every input file under `inDir` and writes one tagged .tml per input into `outDir`. */
export function predictTimexDir(inDir: string, outDir: string): { files: number; timexes: number } {
  const files = listTimemlFiles(inDir);
  mkdirSync(outDir, { recursive: true });
  let timexes = 0;
  for (const file of files) {
    const doc = parseTimeml(readDataFile(file, 'TimeML file'), file);
    const found = predictTimemlDoc(doc);
    timexes += found.length;
    writeFileSync(join(outDir, outputName(file)), writeTimeml(doc, found));
  }
  return { files: files.length, timexes };
}

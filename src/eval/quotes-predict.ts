import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { textFilesOf } from './text-folder.js';
import { basename, join } from 'node:path';
import { makeArticle } from '../doc/article.js';
import type { Doc } from '../doc/doc.js';
import { DossierError, isDossierError } from '../errors/dossier-error.js';
import { findAttributions, toBratAttributions } from '../extract/quotes/find-attributions.js';
import { loadQuotesModel } from '../extract/quotes/quotes-model.js';
import { defaultComponents, makeDoc } from '../pipeline/pipeline.js';
import { writeBratAttributions, type BratAttribution } from './brat.js';
import { readGoldFolder, scoreAttributions, type QuoteScores } from './quotes-eval.js';

/** The attributions found in a plain text (the NLP core, then the quote taggers), as brat spans. */
export function predictAttributions(text: string): BratAttribution[] {
  const model = loadQuotesModel();
  if (!model) {
    throw new DossierError('MODEL_INVALID', 'the quotes model is missing', {
      expected: 'models/quotes.bin (npm run train -- quotes)',
    });
  }
  const doc = analyseForQuotes(text);
  return toBratAttributions(doc, findAttributions(doc, model));
}

/**
 * The NLP core over a text, as the quote taggers see it: the default components before quotes,
 * in order; a component whose model is not built yet (MODEL_INVALID) is left out, so
 * the taggers fall back on the features that remain.
 */
export function analyseForQuotes(text: string): Doc {
  const doc = makeDoc(makeArticle(text));
  for (const component of defaultComponents()) {
    // the components after quotes read its output, and the taggers do not read theirs
    if (component.name === 'quotes') break;
    try {
      component.apply(doc);
    } catch (error) {
      if (!isDossierError(error) || error.code !== 'MODEL_INVALID') throw error;
    }
  }
  return doc;
}

/** Writes one brat .ann per *.txt of `textDir` into `outDir`; returns the number of files written. */
export function predictQuotesFolder(textDir: string, outDir: string): number {
  const files = textFilesOf(textDir);
  mkdirSync(outDir, { recursive: true });
  for (const file of files) {
    const text = readFileSync(join(textDir, file), 'utf8');
    writeFileSync(
      join(outDir, basename(file, '.txt') + '.ann'),
      writeBratAttributions(text, predictAttributions(text)),
    );
  }
  return files.length;
}

/** Runs the predictor over a gold folder (text/ and attributions/) and scores it. */
export function evaluateQuotesFolder(dir: string): QuoteScores {
  const gold = readGoldFolder(dir);
  const pred = gold.map((g) => predictAttributions(g.text));
  return scoreAttributions(
    gold.map((g) => g.attributions),
    pred,
  );
}

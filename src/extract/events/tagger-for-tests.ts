import { makeArticle } from '../../doc/article.js';
import { isDossierError } from '../../errors/dossier-error.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { taggerComponent } from '../../pipeline/tagger-component.js';

/** The tagger the events tests run, and their skip reason when its model cannot be loaded. */
export const tagger = taggerComponent();

function loads(): boolean {
  try {
    tagger.apply(makeDoc(makeArticle('Test.')));
    return true;
  } catch (error) {
    if (!isDossierError(error)) throw error;
    return false;
  }
}

/** False when the tagger loads; else the reason the tests that need it are skipped. */
export const skip: string | false = !loads() && 'tagger model absent';

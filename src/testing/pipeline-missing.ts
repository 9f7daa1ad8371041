import { makeArticle } from '../doc/article.js';
import { analyse } from '../pipeline/pipeline.js';

/** For tests: why the analysis pipeline cannot run here (a model not built yet), or false when it can. */
export function pipelineMissing(): string | false {
  try {
    analyse(makeArticle('Officials met in Ankara on Friday.'));
    return false;
  } catch (error) {
    return `the analysis pipeline cannot run here: ${error instanceof Error ? error.message : String(error)}`;
  }
}

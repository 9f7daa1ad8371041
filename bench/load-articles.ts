import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The BBC News corpus, at ../shared/data/bbc_news relative to the repository root. */
export const BBC_NEWS_DIR = fileURLToPath(new URL('../../../shared/data/bbc_news/', import.meta.url));

/** Articles read for a benchmark, with what was done about files that are not UTF-8. */
export interface BenchCorpus {
  texts: string[];
  /** Whitespace-separated words over all texts (the unit of every words/s figure). */
  words: number;
  /** Files decoded as Latin-1 because they are not valid UTF-8. */
  latin1: string[];
}

function listTxt(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listTxt(path));
    else if (name.endsWith('.txt') && !/^[A-Z]+\.txt$/.test(name)) out.push(path);
  }
  return out;
}

/** Counts whitespace-separated words. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Reads every article under `dir` (UTF-8; a file that is not valid UTF-8 is decoded as Latin-1). */
export function loadArticles(dir: string = BBC_NEWS_DIR): BenchCorpus {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const latin1Decoder = new TextDecoder('latin1');
  const texts: string[] = [];
  const latin1: string[] = [];
  let words = 0;
  for (const path of listTxt(dir)) {
    const bytes = readFileSync(path);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      text = latin1Decoder.decode(bytes);
      latin1.push(path);
    }
    texts.push(text);
    words += countWords(text);
  }
  return { texts, words, latin1 };
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../doc/article.js';
import { SCHEMA_ID, toContract, type ArticleJson } from '../doc/contract.js';
import { REPO_ROOT } from '../models/paths.js';
import { analyse, defaultComponents } from '../pipeline/pipeline.js';
import { claimContexts, type ClaimContext } from './claim-context.js';
import { packExtraction, packText } from './pack-extraction.js';

/** One analysed article ready to store: the extraction (with its packed form) and what linking needs. */
export interface ArticleRecord {
  /** The extraction; `tokens` is emptied here (they are kept in `data`). */
  contract: ArticleJson;
  /** The whole extraction minus the text, packed (see packExtraction). */
  data: Uint8Array;
  /** The text, packed (see packText). */
  body: Uint8Array;
  hash: string;
  words: number;
  extractor: string;
  origin: string | null;
  claims: ClaimContext[];
}

let version: string | undefined;

/**
 * The version of the extraction: the contract, the pipeline's components and a digest of the
 * shipped model files. A stored article made by another version is re-analysed on ingest.
 */
export function extractorVersion(): string {
  if (version) return version;
  const digest = createHash('sha256');
  const dir = join(REPO_ROOT, 'models');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.bin'))
        .sort()
    : [];
  for (const file of files) digest.update(file).update(readFileSync(join(dir, file)));
  version =
    [SCHEMA_ID, ...defaultComponents().map((c) => c.name)].join('+') +
    `@${digest.digest('hex').slice(0, 12)}`;
  return version;
}

/** SHA-256 of an article's text: the same text is stored once. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Counts the words of a text (runs of letters or digits). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** What a record keeps of an article's text alone (packed, hashed, counted). */
export type TextRecord = Pick<ArticleRecord, 'body' | 'hash' | 'words'>;

/** Packs, hashes and counts a text (a thread that has the text but not yet the extraction may do it). */
export function textRecord(text: string): TextRecord {
  return { body: packText(text), hash: contentHash(text), words: countWords(text) };
}

/**
 * Packs a contract-v1 extraction (hand-made or analysed) into a record for the store; `text`:
 * what textRecord gave for its text, when it was done already.
 */
export function recordFromContract(
  contract: ArticleJson,
  origin: string | null = null,
  extractor = extractorVersion(),
  text: TextRecord = textRecord(contract.text),
): ArticleRecord {
  const data = packExtraction(contract);
  return {
    contract: { ...contract, tokens: [] },
    data,
    body: text.body,
    hash: text.hash,
    words: text.words,
    extractor,
    origin,
    claims: claimContexts(contract),
  };
}

/** Analyses an article and packs the result (the work each ingest worker does). */
export function analyseToRecord(article: Article): ArticleRecord {
  return recordFromContract(toContract(analyse(article)), article.origin ?? null);
}

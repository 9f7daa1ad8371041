import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../../doc/article.js';
import { analyseForQuotes } from '../../eval/quotes-predict.js';
import { makeDoc } from '../../pipeline/pipeline.js';
import { applyCueLexicon } from './cue-lexicon.js';
import { FORM_CAPACITY, QUOTE_FORMS, QuoteForms } from './quote-forms.js';
import { tagCues, tagRoles } from './quote-tagger.js';
import { loadQuotesModel, type QuotesModel } from './quotes-model.js';
import { tokenContext, type TokenContext } from './token-context.js';

const model = loadQuotesModel();
const noModel = model === null ? 'models/quotes.bin is not built' : false;

/** A learner that changes nothing: the taggers then score every feature one by one (no form sums). */
const direct = (): void => {};

/** Cue and role tags with the form sums and without them. */
function bothWays(ctx: TokenContext, m: QuotesModel): { fast: Uint8Array; plain: Uint8Array } {
  applyCueLexicon(ctx, m.lexicon);
  const bias = typeof m.header.cueBias === 'number' ? m.header.cueBias : 0;
  const fastCues = tagCues(ctx, m.cue, undefined, bias);
  const plainCues = tagCues(ctx, m.cue, direct, bias);
  assert.deepEqual(fastCues, plainCues);
  return { fast: tagRoles(ctx, fastCues, m.role), plain: tagRoles(ctx, plainCues, m.role, direct) };
}

const ARTICLE = [
  '"We will not back down," the senator said on Tuesday.',
  'The minister said: "Talks will continue next week."',
  'According to police, the suspect fled the scene.',
  'Officials warned that the storm could hit the coast by Friday, saying residents should leave.',
  '"It is a disgrace," she told reporters. "Nobody listened."',
].join('\n\n');

test('a form is found only when its characters match, not its hash alone', () => {
  const forms = new QuoteForms();
  const text = 'said Said said';
  assert.equal(forms.find(text, 0, 4, 7), -1);
  const entry = forms.add(text, 0, 4, 7);
  assert.equal(forms.find(text, 10, 14, 7), entry);
  // same hash, other characters (a collision): unknown, and kept apart once added
  assert.equal(forms.find(text, 5, 9, 7), -1);
  const other = forms.add(text, 5, 9, 7);
  assert.notEqual(other, entry);
  assert.equal(forms.find(text, 5, 9, 7), other);
  // making room for more than it holds forgets every form and starts a new generation
  const generation = forms.generation;
  forms.reserve(FORM_CAPACITY);
  assert.equal(forms.find(text, 0, 4, 7), -1);
  assert.equal(forms.size, 0);
  assert.equal(forms.generation, generation + 1);
});

test('the taggers give the same tags with the form sums as scoring every feature', { skip: noModel }, () => {
  const m = model as QuotesModel;
  const ctx = tokenContext(analyseForQuotes(ARTICLE));
  const first = bothWays(ctx, m);
  assert.deepEqual(first.fast, first.plain);
  assert.ok(
    first.fast.some((t) => t !== 0),
    'the article has attributions',
  );
  // again, now that every form's rows are kept
  const again = bothWays(tokenContext(analyseForQuotes(ARTICLE)), m);
  assert.deepEqual(again.fast, first.fast);
});

test('a context whose forms were forgotten since is tagged the same', { skip: noModel }, () => {
  const m = model as QuotesModel;
  const ctx = tokenContext(analyseForQuotes(ARTICLE));
  const before = bothWays(ctx, m).fast;
  QUOTE_FORMS.reserve(FORM_CAPACITY); // another document's forms take the memory
  tokenContext(analyseForQuotes('Prices rose, the bank said.'));
  assert.notEqual(ctx.formGeneration, QUOTE_FORMS.generation);
  const after = bothWays(ctx, m);
  assert.deepEqual(after.fast, after.plain);
  assert.deepEqual(after.fast, before);
});

test('a document with more forms than the memory holds is tagged the same', { skip: noModel }, () => {
  const m = model as QuotesModel;
  // distinct made-up words around quotes and cues (tokens only, no NLP core: cheaper for 37,000
  // tokens); the forms past the capacity are computed directly
  const parts: string[] = [];
  for (let k = 0; parts.length < FORM_CAPACITY + 4000; k++) {
    const w = `zq${k.toString(36)}`;
    parts.push(k % 50 === 0 ? `"${w} ${w}x," ${w}y said.` : w);
  }
  const ctx = tokenContext(makeDoc(makeArticle(parts.join(' '))));
  assert.ok(ctx.form && ctx.form.includes(-1), 'some forms did not fit');
  assert.ok(ctx.form[0] >= 0, 'the first forms did');
  const tags = bothWays(ctx, m);
  assert.deepEqual(tags.fast, tags.plain);
  assert.ok(
    tags.fast.some((t) => t !== 0),
    'the text has attributions',
  );
});

import type { Article } from '../doc/article.js';
import { Doc } from '../doc/doc.js';
import { splitSentences } from '../text/sentence-splitter.js';
import { tokenize } from '../text/tokenizer.js';
import type { Component } from './component.js';
import { geocodeComponent } from '../geo/geocode-component.js';
import { quantitiesComponent } from '../extract/quantities/quantities-component.js';
import { quotesComponent } from '../extract/quotes/quotes-component.js';
import { entitiesComponent } from '../extract/entities/entities-component.js';
import { nerComponent } from './ner-component.js';
import { parserComponent } from './parser-component.js';
import { taggerComponent } from './tagger-component.js';
import { timeComponent } from '../extract/time/time-component.js';
import { eventsComponent } from '../extract/events/events-component.js';
import { labelsComponent } from '../extract/labels/labels-component.js';
import { mainEventComponent } from '../extract/main-event.js';

/** Tokenizes and sentence-splits an article into a fresh Doc (the first step of every pipeline). */
export function makeDoc(article: Article): Doc {
  const tokens = tokenize(article.text);
  const sentStarts = splitSentences(article.text, tokens);
  return new Doc(article, tokens.starts, tokens.ends, sentStarts);
}

/**
 * The ordered components that analyse a Doc after tokenization. Order matters: each entry's
 * `requires` must be assigned by an entry above it.
 */
export function defaultComponents(): Component[] {
  return [
    // part of speech first: the parser and the entity recognizer read the tags
    taggerComponent(),
    // dependency parse right after the tagger: it reads the XPOS tags; later extractors read heads
    parserComponent(),
    // named entities after the tagger (room for POS features), before the extractors that read entities
    nerComponent(),
    // entity clusters right after the recognizer: they replace its per-name grouping, and the
    // geocoder, quotes, events and labels read the clustered ids
    entitiesComponent,
    // places geocoded once entities exist (after clustering when present): reads GPE/LOC entities, NORP as context,
    // and writes the geoparser's decisions into them (places the recognizer missed or mistyped, non-places retyped)
    geocodeComponent,
    // times need only tokens; after the tagger so that tense comes from its XPOS tags when present
    timeComponent,
    // quantities after times: numbers inside dates are skipped, those inside durations keep their unit
    quantitiesComponent,
    // attribution after the NLP core: its taggers read tags, parse and entities when present
    quotesComponent,
    // events after entities, times and quotes: actors are entity ids, times are time ids, and an
    // event told inside a quote is reported by its speaker
    eventsComponent,
    // labels after quotes (a label inside a quote is the speaker's) and entities (what is labelled)
    labelsComponent,
    // the main story last: it reads the events
    mainEventComponent,
  ];
}

/** Runs the whole pipeline over an article. */
export function analyse(article: Article, components: Component[] = defaultComponents()): Doc {
  const doc = makeDoc(article);
  for (const component of components) component.apply(doc);
  return doc;
}

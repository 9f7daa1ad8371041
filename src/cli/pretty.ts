import type { ArticleJson } from '../doc/contract.js';
import { formatStory } from './pretty-events.js';

const COLOURS = { bold: '\x1b[1m', dim: '\x1b[2m', cyan: '\x1b[36m', yellow: '\x1b[33m', reset: '\x1b[0m' };

/** A readable terminal view of one extraction: metadata, sentences, then each filled section. */
export function formatPretty(article: ArticleJson, colour: boolean): string {
  const c = (name: keyof typeof COLOURS, s: string) => (colour ? COLOURS[name] + s + COLOURS.reset : s);
  const lines: string[] = [];
  const m = article.meta;
  lines.push(c('bold', m.title ?? '(untitled)'));
  const facts = [m.byline, m.outlet, m.published, m.url].filter(Boolean).join(' · ');
  if (facts) lines.push(c('dim', facts));
  lines.push(
    c(
      'dim',
      `${article.sentences.length} sentences, ${article.tokens.length} tokens, ${article.entities.length} entities, ` +
        `${article.times.length} times, ${article.quotes.length} quotes, ${article.events.length} events`,
    ),
  );
  article.sentences.forEach((s, i) => {
    lines.push(
      `${c('cyan', String(i + 1).padStart(3))}  ${article.text.slice(s.start, s.end).replace(/\s+/g, ' ')}`,
    );
  });
  if (article.entities.length) {
    lines.push(c('bold', 'Entities'));
    for (const e of article.entities)
      lines.push(`  ${c('yellow', e.type.padEnd(7))} ${e.name} (${e.mentions.length})`);
  }
  if (article.times.length) {
    lines.push(c('bold', 'Times'));
    for (const t of article.times)
      lines.push(`  ${t.type.padEnd(8)} ${t.text} = ${t.value}${t.mod ? ' ' + t.mod : ''}`);
  }
  if (article.quotes.length) {
    lines.push(c('bold', 'Quotes'));
    for (const q of article.quotes) {
      // a cue that takes its colon ("said:") is not given a second one
      const cue = (q.cue?.text ?? '').replace(/\s*:$/, '');
      lines.push(`  ${q.source?.text ?? '?'} ${cue}: ${q.content?.text ?? ''}`);
    }
  }
  lines.push(...formatStory(article, c));
  return lines.join('\n') + '\n';
}

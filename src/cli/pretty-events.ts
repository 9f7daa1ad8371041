import type { ArticleJson, EventJson, LabelJson, TextSpan } from '../doc/contract.js';

type Paint = (name: 'bold' | 'dim' | 'cyan' | 'yellow', s: string) => string;

interface Summary {
  who: TextSpan[];
  what: TextSpan[];
  when: (TextSpan & { value?: string }) | null;
  where: TextSpan | null;
  why: TextSpan | null;
  how: TextSpan[];
}

/** The analyst's part of the readable view: main story, events with actors, dates and sources, and labels with holders. */
export function formatStory(article: ArticleJson, c: Paint): string[] {
  const lines: string[] = [];
  const name = (id: string) => article.entities.find((e) => e.id === id)?.name ?? id;
  const names = (ids: string[], span: unknown) =>
    ids.length ? ids.map(name).join(' + ') : ((span as TextSpan | undefined)?.text ?? '?');
  const summary = article.summary as Summary | undefined;
  if (summary) {
    lines.push(c('bold', 'Main story (5W1H)'));
    const show = (label: string, spans: (TextSpan | null)[]) => {
      const text = spans.filter((s): s is TextSpan => s !== null).map((s) => s.text);
      if (text.length) lines.push(`  ${label.padEnd(6)} ${text.join('; ')}`);
    };
    show('who', summary.who);
    show('what', summary.what);
    if (summary.when) lines.push(`  when   ${summary.when.text} (${summary.when.value ?? '?'})`);
    show('where', [summary.where]);
    show('why', [summary.why]);
    show('how', summary.how);
  }
  if (article.events.length) {
    lines.push(c('bold', 'Events'));
    for (const e of article.events as EventJson[]) {
      const time = article.times.find((t) => t.id === e.time);
      const date = time
        ? `${time.text} = ${time.value}`
        : ((e.date as { value?: string } | undefined)?.value ?? '');
      const dated = time ? date : date ? `(published ${date})` : '';
      const quote = article.quotes.find((q) => q.id === e.attribution);
      const source = quote
        ? `, per ${quote.source?.text ?? (quote.speaker ? name(quote.speaker) : 'a source')}`
        : '';
      // each wording once: "met", "talks", "attending the meeting" (the offsets stay in the JSON)
      const triggers = [
        ...new Set(((e.triggers as TextSpan[] | undefined) ?? [e.trigger]).map((t) => t.text)),
      ]
        .map((t) => `"${t}"`)
        .join(', ');
      const placeText = e.place ? name(e.place) : (e.placeSpan as TextSpan | undefined)?.text;
      const place = placeText ? ` in ${placeText}` : '';
      lines.push(
        `  ${c('yellow', (e.type + (e.mode ? '/' + e.mode : '')).padEnd(17))} ${names(e.actor, e.actorSpan)} → ${names(e.target, e.targetSpan)}` +
          `${place} ${c('dim', dated)} [${e.modality}${source}] ${c('dim', triggers)}`,
      );
    }
  }
  if (article.labels.length) {
    lines.push(c('bold', 'Labels'));
    const holder = (l: LabelJson) =>
      l.by ? name(l.by) : l.holder && l.holder !== 'outlet' ? String(l.holder) : 'the outlet';
    const contested = new Set<string>();
    for (const l of article.labels) {
      if (l.contested) contested.add(l.entity);
      else lines.push(`  ${name(l.entity)}: "${l.label}" (by ${holder(l)})`);
    }
    for (const id of contested) {
      lines.push(`  ${c('yellow', 'contested')} ${name(id)}:`);
      for (const l of article.labels.filter((x) => x.entity === id))
        lines.push(`    "${l.label}" (by ${holder(l)})`);
    }
  }
  return lines;
}

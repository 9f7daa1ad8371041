import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleJson, TextSpan } from '../doc/contract.js';
import { storedContracts } from './export-jsonl.js';
import type { Store } from './store.js';

/** brat standoff for one extraction: entity mentions, times, quantities, quotes (Source/Cue/Content with an Attribution event) and event triggers. */
export function bratAnnotations(contract: ArticleJson): string {
  const lines: string[] = [];
  let t = 0;
  let e = 0;
  // brat wants the exact text of a span on one line; line breaks inside a span become spaces
  const term = (type: string, span: { start: number; end: number }) => {
    const id = `T${++t}`;
    lines.push(
      `${id}\t${type} ${span.start} ${span.end}\t${contract.text.slice(span.start, span.end).replace(/[\r\n]/g, ' ')}`,
    );
    return id;
  };
  const mentionIds = new Map<string, string>();
  for (const entity of contract.entities)
    entity.mentions.forEach((m, i) => {
      const id = term(entity.type, m);
      if (i === 0) mentionIds.set(entity.id, id);
    });
  for (const time of contract.times) term(`TIMEX3_${time.type}`, time);
  for (const q of contract.quantities) term('Quantity', q);
  for (const q of contract.quotes) {
    const roles: string[] = [];
    const add = (role: string, span: TextSpan | null) => {
      if (span) roles.push(`${role}:${term(role, span)}`);
    };
    add('Source', q.source);
    add('Cue', q.cue);
    add('Content', q.content);
    const cue = roles.find((r) => r.startsWith('Cue:'))?.slice(4) ?? roles[0]?.split(':')[1];
    if (cue) lines.push(`E${++e}\tAttribution:${cue} ${roles.join(' ')}`);
  }
  for (const ev of contract.events) {
    const trigger = term(ev.type, ev.trigger);
    // brat numbers a repeated role: Actor, Actor2, Actor3...
    const role = (name: string, ids: string[]) =>
      ids
        .map((a) => mentionIds.get(a))
        .filter((id): id is string => id !== undefined)
        .map((id, i) => `${name}${i ? i + 1 : ''}:${id}`);
    const args = [...role('Actor', ev.actor), ...role('Target', ev.target)];
    lines.push(`E${++e}\t${ev.type}:${trigger}${args.length ? ' ' + args.join(' ') : ''}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** Writes one `.txt`/`.ann` pair per article into a folder (named by article id). Returns the number of articles. */
export function exportBrat(store: Store, dir: string): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const { id, contract } of storedContracts(store)) {
    const name = `article-${String(id).padStart(6, '0')}`;
    writeFileSync(join(dir, `${name}.txt`), contract.text);
    writeFileSync(join(dir, `${name}.ann`), bratAnnotations(contract));
    n++;
  }
  return n;
}

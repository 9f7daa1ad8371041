import { SCHEMA_ID, type ArticleJson, type TextSpan } from '../src/doc/contract.js';

/** The span of the n-th occurrence of `needle` in `text` (offsets computed, never typed by hand). */
export function span(text: string, needle: string, nth = 0): TextSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** A contract-v1 record with empty layers; tests fill the layers they need. */
export function contract(text: string, meta: Partial<ArticleJson['meta']> = {}): ArticleJson {
  return {
    schema: SCHEMA_ID,
    meta: { title: null, url: null, outlet: null, published: null, language: 'en', ...meta },
    text,
    sentences: text.split(/(?<=[.!?"])\s+/).reduce<{ start: number; end: number }[]>((out, s) => {
      const start = out.length ? text.indexOf(s, out[out.length - 1].end) : text.indexOf(s);
      out.push({ start, end: start + s.length });
      return out;
    }, []),
    tokens: [],
    entities: [],
    times: [],
    quantities: [],
    quotes: [],
    events: [],
    labels: [],
  };
}

/** Three hand-made reports: two outlets on one meeting and a death toll, and another Erdoğan. */
export function erdoganArticles(): ArticleJson[] {
  const t1 =
    'Turkish President Recep Tayyip Erdoğan met Hamas leaders in Ankara. Health officials in Gaza said the ' +
    'death toll exceeded 56,000. Erdoğan called Hamas a liberation organization.';
  const a1 = contract(t1, {
    title: 'Erdoğan meets Hamas',
    url: 'https://star.example/erdogan-hamas',
    outlet: 'Daily Star',
    published: '2025-06-27',
  });
  a1.entities = [
    {
      id: 'e1',
      name: 'Recep Tayyip Erdoğan',
      type: 'PERSON',
      mentions: [span(t1, 'Recep Tayyip Erdoğan'), span(t1, 'Erdoğan', 1)],
      roles: [{ title: 'Turkish President', of: null, ...span(t1, 'Turkish President') }],
    },
    { id: 'e2', name: 'Hamas', type: 'ORG', mentions: [span(t1, 'Hamas'), span(t1, 'Hamas', 1)], roles: [] },
    { id: 'e3', name: 'Ankara', type: 'GPE', mentions: [span(t1, 'Ankara')], roles: [] },
    { id: 'e4', name: 'Gaza', type: 'GPE', mentions: [span(t1, 'Gaza')], roles: [] },
  ];
  a1.quotes = [
    {
      id: 'q1',
      kind: 'indirect',
      content: span(t1, 'the death toll exceeded 56,000'),
      cue: span(t1, 'said'),
      source: span(t1, 'Health officials'),
      speaker: null,
      sourceType: 'officials',
    },
  ];
  a1.quantities = [{ ...span(t1, 'exceeded 56,000'), value: 56000, low: 56000, counts: 'deaths' }];
  a1.events = [
    {
      id: 'v1',
      type: 'CONSULT',
      actor: ['e1'],
      target: ['e2'],
      trigger: span(t1, 'met'),
      modality: 'asserted',
    },
  ];
  a1.labels = [
    { entity: 'e2', label: 'liberation organization', by: 'e1', ...span(t1, 'liberation organization') },
  ];

  const t2 =
    'President Erdogan held talks with Hamas on Friday. Erdogan said: "A truce is near." The Gaza health ' +
    'ministry said 56,300 people had been killed in Gaza. Western nations call Hamas a terrorist group.';
  const a2 = contract(t2, {
    title: 'Talks on a truce',
    url: 'https://gazette.example/truce',
    outlet: 'Gazette',
    published: '2025-06-28T09:00:00Z',
  });
  a2.entities = [
    {
      id: 'e1',
      name: 'Erdogan',
      type: 'PERSON',
      mentions: [span(t2, 'President Erdogan'), span(t2, 'Erdogan', 1)],
      roles: [{ title: 'President', of: null, ...span(t2, 'President') }],
    },
    { id: 'e2', name: 'Hamas', type: 'ORG', mentions: [span(t2, 'Hamas'), span(t2, 'Hamas', 1)], roles: [] },
    { id: 'e3', name: 'Gaza', type: 'GPE', mentions: [span(t2, 'Gaza', 1)], roles: [] },
    {
      id: 'e4',
      name: 'Gaza health ministry',
      type: 'ORG',
      mentions: [span(t2, 'Gaza health ministry')],
      roles: [],
    },
  ];
  a2.times = [{ id: 't1', ...span(t2, 'Friday'), type: 'DATE', value: '2025-06-27' }];
  a2.quotes = [
    {
      id: 'q1',
      kind: 'direct',
      content: span(t2, 'A truce is near.'),
      cue: span(t2, 'said'),
      source: span(t2, 'Erdogan', 1),
      speaker: 'e1',
      sourceType: 'person',
    },
    {
      id: 'q2',
      kind: 'indirect',
      content: span(t2, '56,300 people had been killed in Gaza'),
      cue: span(t2, 'said', 1),
      source: span(t2, 'The Gaza health ministry'),
      speaker: 'e4',
      sourceType: 'organization',
    },
  ];
  a2.quantities = [{ ...span(t2, '56,300 people'), value: 56300, counts: 'people killed' }];
  a2.events = [
    {
      id: 'v1',
      type: 'CONSULT',
      actor: ['e1'],
      target: ['e2'],
      trigger: span(t2, 'held talks'),
      time: 't1',
      modality: 'asserted',
    },
  ];
  a2.labels = [{ entity: 'e2', label: 'terrorist group', by: null, ...span(t2, 'terrorist group') }];

  const t3 = 'Emine Erdoğan visited a school in Istanbul.';
  const a3 = contract(t3, { title: 'A school visit', outlet: 'Other', published: '2025-06-28' });
  a3.entities = [
    { id: 'e1', name: 'Emine Erdoğan', type: 'PERSON', mentions: [span(t3, 'Emine Erdoğan')], roles: [] },
  ];
  return [a1, a2, a3];
}

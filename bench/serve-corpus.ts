import { recordFromContract } from '../src/corpus/article-record.js';
import type { Store } from '../src/corpus/store.js';
import { SCHEMA_ID, type ArticleJson, type TextSpan } from '../src/doc/contract.js';

/** A seeded generator (mulberry32): the same seed builds the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'Amir',
  'Lena',
  'Omar',
  'Sara',
  'Yusuf',
  'Mira',
  'Ivan',
  'Nadia',
  'Karim',
  'Elif',
  'Hakan',
  'Dana',
];
const FAMILY = [
  'Kaya',
  'Haddad',
  'Novak',
  'Barzani',
  'Aydın',
  'Levi',
  'Mansour',
  'Petrov',
  'Öztürk',
  'Rahman',
];
const ORGS = [
  'Ministry of Health',
  'Red Crescent',
  'United Nations',
  'Hamas',
  'NATO',
  'World Bank',
  'Army',
  'Parliament',
];
const PLACES: [string, number, number][] = [
  ['Gaza', 31.5, 34.47],
  ['Ankara', 39.93, 32.86],
  ['Cairo', 30.04, 31.24],
  ['Doha', 25.29, 51.53],
  ['Kyiv', 50.45, 30.52],
  ['Geneva', 46.2, 6.14],
  ['Beirut', 33.89, 35.5],
  ['Khartoum', 15.5, 32.56],
];
const TYPES = ['CONSULT', 'ASSAULT', 'ACCUSE', 'COOPERATE', 'DEMAND', 'THREATEN', 'AID', 'SANCTION'];
const MODALITIES = ['asserted', 'asserted', 'asserted', 'reported', 'hypothetical', 'negated'];
const LABELS = ['militant group', 'resistance movement', 'terrorist group', 'reformer', 'hardliner'];

/** Builds one synthetic contract-v1 article with entities, times, quotes, quantities, events and labels. */
function article(i: number, next: () => number): ArticleJson {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  let text = '';
  const add = (s: string): TextSpan => {
    const start = text.length;
    text += s;
    return { start, end: text.length, text: s };
  };
  // 600 people and 8 organisations: entities recur across articles as in a real collection
  const person = () =>
    `${pick(GIVEN)} ${FAMILY[Math.floor(next() * FAMILY.length)]}${Math.floor(next() * 5) || ''}`;
  const a = person();
  const b = pick(ORGS);
  const [place, lat, lon] = pick(PLACES);
  const type = pick(TYPES);
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 14) * 86_400_000).toISOString().slice(0, 10);
  const ma = add(a);
  add(' met officials of ');
  const mb = add(b);
  add(' in ');
  const mp = add(place);
  add(' on ');
  const time = add('Friday');
  add(', ');
  const trig = add('talks');
  add(' that lasted hours. Officials said ');
  const q1 = add(`${Math.floor(1000 + next() * 60000)} people`);
  add(' had been killed. ');
  const src = add(a);
  const cue = add(' said');
  add(': "');
  const content = add(`We will not accept this, and ${b} knows it.`);
  add(`" Critics call ${b} a `);
  const label = add(pick(LABELS));
  add('. ' + 'The talks continued as diplomats weighed the options. '.repeat(6));
  return {
    schema: SCHEMA_ID,
    meta: {
      title: `${a} meets ${b} in ${place} (${i})`,
      url: `https://news${i % 30}.example/${i}`,
      outlet: `Outlet ${i % 30}`,
      published: day,
      language: 'en',
    },
    text,
    sentences: [{ start: 0, end: text.length }],
    tokens: [],
    entities: [
      { id: 'e1', name: a, type: 'PERSON', mentions: [ma, src], roles: [] },
      { id: 'e2', name: b, type: 'ORG', mentions: [mb], roles: [] },
      { id: 'e3', name: place, type: 'GPE', mentions: [mp], roles: [], geo: { lat, lon } },
    ],
    times: [{ id: 't1', ...time, type: 'DATE', value: day }],
    quantities: [{ ...q1, value: Number(q1.text.split(' ')[0]), counts: 'people killed' }],
    quotes: [
      {
        id: 'q1',
        kind: 'direct',
        content,
        cue: { ...cue, start: cue.start + 1, text: 'said' },
        source: src,
        speaker: 'e1',
        sourceType: 'person',
      },
    ],
    events: [
      {
        id: 'v1',
        type,
        actor: ['e1'],
        target: ['e2'],
        trigger: trig,
        time: 't1',
        place: 'e3',
        modality: pick(MODALITIES),
      },
    ],
    labels: [{ entity: 'e2', label: label.text, by: null, start: label.start, end: label.end }],
  };
}

/** Writes `count` synthetic articles (seeded) to the store, 500 per transaction. */
export function generateCorpus(store: Store, count: number, seed = 1): void {
  const next = random(seed);
  for (let i = 0; i < count; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + 500); j++)
      batch.push(recordFromContract(article(j, next), `synthetic:${j}`));
    store.putMany(batch);
  }
}

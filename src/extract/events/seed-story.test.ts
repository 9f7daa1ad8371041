import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { EntityJson, EventJson, LabelJson, TimeJson } from '../../doc/contract.js';
import { makeArticle } from '../../doc/article.js';
import { isDossierError } from '../../errors/dossier-error.js';
import { REPO_ROOT } from '../../models/paths.js';
import { defaultComponents, makeDoc } from '../../pipeline/pipeline.js';
import type { MainEventJson } from '../main-event.js';

const seed = join(REPO_ROOT, '..', 'shared', 'seed', 'article.txt');

/** The seed article through every component whose model is present. */
function analyseSeed() {
  const doc = makeDoc(makeArticle(readFileSync(seed, 'utf8'), { published: '2025-06-29' }));
  const missing: string[] = [];
  for (const c of defaultComponents()) {
    try {
      c.apply(doc);
    } catch (error) {
      if (!isDossierError(error) || error.code !== 'MODEL_INVALID') throw error;
      missing.push(c.name);
    }
  }
  return { doc, missing };
}

test(
  'seed article: the meeting, its mentions, the labels of Hamas and the main story',
  { skip: !existsSync(seed) && 'seed absent' },
  (t) => {
    const { doc, missing } = analyseSeed();
    if (missing.includes('tagger') || missing.includes('ner'))
      return t.skip(`models absent: ${missing.join(', ')}`);
    const entities = doc.layers.entities as EntityJson[];
    const name = (id: string) => entities.find((e) => e.id === id)?.name;
    const events = doc.layers.events as EventJson[];
    const times = doc.layers.times as TimeJson[];
    const meeting = events.find((e) => e.trigger.text === 'met');
    assert.ok(meeting, JSON.stringify(events.map((e) => e.trigger.text)));
    assert.equal(meeting.type, 'CONSULT');
    assert.equal(meeting.modality, 'asserted');
    assert.equal(times.find((x) => x.id === meeting.time)?.value, '2025-06-29');
    assert.ok(meeting.target.map(name).includes('Hamas'));
    // "met ... The talks": one event, several triggers
    assert.ok((meeting.triggers as unknown[]).length >= 2);
    // "made its criticism ... It has condemned": one ACCUSE event, "condemned" among its triggers
    const condemned = events.find((e) =>
      ((e.triggers as { text: string }[] | undefined) ?? [e.trigger]).some((t) => t.text === 'condemned'),
    );
    assert.equal(condemned?.type, 'ACCUSE');
    // "condemned what it calls genocide, halted all trade with Israel and applied to join a case against Israel"
    assert.deepEqual(condemned?.target.map(name), ['Israel']);
    // "talks were held at an undisclosed location": a described place, no entity
    assert.equal((meeting.placeSpan as { text: string } | undefined)?.text, 'an undisclosed location');
    // "Israel's attacks on the Palestinian enclave": on Gaza, and so in Gaza
    const attacks = events.find((e) => e.trigger.text === 'attacks' && e.sentence === 1);
    assert.equal(attacks?.type, 'ASSAULT');
    assert.deepEqual(attacks?.target.map(name), ['Gaza']);
    assert.equal(name(attacks?.place ?? ''), 'Gaza');
    // "It has since allowed a resumption of some food deliveries": Israel eases what it stopped in Gaza
    const eased = events.find((e) => e.trigger.text.startsWith('allowed a resumption'));
    assert.equal(eased?.type, 'RETREAT');
    // "Palestinians being killed by Israeli troops" goes on in Gaza, where the easing just was
    const killed = events.find((e) => e.trigger.text === 'killed');
    assert.equal(name(killed?.place ?? ''), 'Gaza');
    // "In addition to delivering humanitarian aid, the Turkish government ...": aid to Gaza
    const delivered = events.find((e) => e.trigger.text === 'delivering humanitarian aid');
    assert.deepEqual(delivered?.target.map(name), ['Gaza']);
    assert.equal(eased?.mode, 'access'); // CAMEO 0863: allow delivery of humanitarian aid
    assert.equal(eased?.context, 'humanitarian');
    assert.deepEqual(eased?.actor.map(name), ['Israel']);
    assert.deepEqual(eased?.target.map(name), ['Gaza']);
    assert.equal(
      name(events.find((e) => e.trigger.text === 'applied to join a genocide case')?.place ?? ''),
      'World Court',
    );
    assert.ok(events.some((e) => e.type === 'SANCTION' && e.trigger.text.startsWith('halted')));
    assert.ok(
      events.some(
        (e) => e.type === 'REJECT' && e.trigger.text === 'rejects' && e.actor.map(name).includes('Israel'),
      ),
    );
    // labels: three views of Hamas, each with its holder; the outlet's own descriptions
    const labels = doc.layers.labels as LabelJson[];
    const hamas = labels.filter((l) => name(l.entity) === 'Hamas');
    assert.deepEqual(hamas.map((l) => l.label).sort(), [
      'Palestinian resistance movement',
      'liberation organization',
      'terrorist group',
    ]);
    assert.ok(hamas.every((l) => l.contested === true));
    assert.equal(name(hamas.find((l) => l.label === 'liberation organization')!.by!), 'Recep Tayyip Erdoğan');
    assert.equal(hamas.find((l) => l.label === 'Palestinian resistance movement')!.by, null);
    assert.equal(hamas.find((l) => l.label === 'terrorist group')!.holder, 'Western nations');
    assert.ok(labels.some((l) => l.label === 'NATO member' && name(l.entity) === 'Türkiye' && l.by === null));
    assert.ok(labels.some((l) => l.label === 'controversial' && l.by === null));
    assert.ok(labels.some((l) => l.label === 'genocidal war' && name(l.entity) === 'Israel'));
    // 5W1H
    const summary = doc.layers.summary as MainEventJson;
    assert.equal(summary.when?.value, '2025-06-29');
    assert.ok(summary.who.some((w) => w.text === 'Ibrahim Kalın'));
    assert.ok(summary.what.some((w) => w.text === 'met'));
    assert.match(summary.where?.text ?? '', /undisclosed location/);
    assert.match(summary.why?.text ?? '', /maintain a cease-fire/);
  },
);

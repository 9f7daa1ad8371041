import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityJson } from '../doc/contract.js';
import { geocodedAt } from './geocoded-for-tests.js';
import { loadGazetteer } from './load-gazetteer.js';
import { placeKey } from './place-key.js';
import { resolvePlaces, type PlaceContext } from './resolve-places.js';

const BBC = 'https://www.bbc.co.uk/sport/athletics-1';

/** The chosen place of `name` among `names`, as "gazetteer name/country/division", or null. */
function resolve(name: string, names: string[], context: PlaceContext = {}): string | null {
  const gazetteer = loadGazetteer();
  const i = resolvePlaces(gazetteer, names, context).get(placeKey(name));
  return i === undefined || i === null
    ? null
    : `${gazetteer.name(i)}/${gazetteer.country(i)}/${gazetteer.admin1(i)}`;
}

test('a choice that flips between passes gives no context ("Birmingham" read as Alabama\'s must not pull "Athens" there)', () => {
  const names = ['Athens', 'Greece', 'Portugal', 'Birmingham', 'Britain', 'Kansas', 'France', 'Helsinki'];
  const context = { countries: ['US'], outlet: 'GB' };
  assert.match(resolve('Athens', names, context) ?? '', /^Athens\/GR\//);
  assert.match(resolve('Birmingham', names, context) ?? '', /^Birmingham\/GB\//);
  // negative: Athens among Georgia's places is Athens, Georgia
  assert.match(resolve('Athens', ['Athens', 'Atlanta', 'Georgia', 'Macon']) ?? '', /^Athens\/US\/US\.GA$/);
});

test('a small town abroad that nothing in the article points to is no reading of the name', () => {
  // "Heathrow" in a British article about London's airports is not the Florida hamlet
  assert.equal(resolve('Heathrow', ['Heathrow', 'London', 'Luton'], { outlet: 'GB' }), null);
  assert.equal(resolve('Christmas', ['Christmas'], { outlet: 'GB' }), null);
  // negatives: the article names a place of that country, a nationality of it, or no outlet is known
  assert.match(
    resolve('Heathrow', ['Heathrow', 'London', 'Orlando'], { outlet: 'GB' }) ?? '',
    /\/US\/US\.FL$/,
  );
  assert.match(resolve('Heathrow', ['Heathrow'], { outlet: 'GB', countries: ['US'] }) ?? '', /\/US\//);
  assert.match(resolve('Heathrow', ['Heathrow', 'London']) ?? '', /\/US\//);
  // a big town abroad stays
  assert.match(resolve('Lyon', ['Lyon'], { outlet: 'GB' }) ?? '', /^Lyon\/FR\//);
});

const geocoded = (text: string, given: [string, string, string[]][]): EntityJson[] =>
  geocodedAt(text, BBC, given);

const placed = (entities: EntityJson[], text: string): boolean =>
  entities.some(
    (e) => (e.type === 'GPE' || e.type === 'LOC') && e.geo && e.mentions.some((m) => m.text === text),
  );

test('a town named next to a club word or a commodity is a club or a product in all its mentions', () => {
  const club = geocoded('Chelsea striker Didier Drogba scored twice. Fans in London saw Chelsea win.', [
    ['Chelsea', 'GPE', ['Chelsea', 'Chelsea']],
    ['London', 'GPE', ['London']],
  ]);
  assert.equal(placed(club, 'Chelsea'), false);
  assert.equal(placed(club, 'London'), true);
  const fixture = geocoded('Leeds v Burnley was called off.', [
    ['Leeds', 'GPE', ['Leeds']],
    ['Burnley', 'GPE', ['Burnley']],
  ]);
  assert.equal(placed(fixture, 'Leeds'), false);
  assert.equal(placed(fixture, 'Burnley'), false);
  const oil = geocoded('Brent crude rose $1 in London.', [
    ['Brent', 'GPE', ['Brent']],
    ['London', 'GPE', ['London']],
  ]);
  assert.equal(placed(oil, 'Brent'), false);
  assert.equal(placed(oil, 'London'), true);
  // a town that ends a club's longer name stays a place inside that name, and elsewhere
  const longer = geocoded('Atletico Madrid striker Antoine Griezmann flew home from Madrid.', [
    ['Madrid', 'GPE', ['Madrid', 'Madrid']],
  ]);
  assert.equal(longer.find((e) => e.geo && e.name === 'Madrid')?.mentions.length, 2);
  // negatives: a country's team names the country; a town with no such word stays a town
  const country = geocoded('England captain David Beckham flew to Madrid.', [
    ['England', 'GPE', ['England']],
    ['Madrid', 'GPE', ['Madrid']],
  ]);
  assert.equal(placed(country, 'England'), true);
  const town = geocoded('Thousands marched through Chelsea and Brent on Sunday.', [
    ['Chelsea', 'GPE', ['Chelsea']],
    ['Brent', 'GPE', ['Brent']],
  ]);
  assert.equal(placed(town, 'Chelsea'), true);
  assert.equal(placed(town, 'Brent'), true);
});

/**
 * Names the gazetteer holds only as another name of a place, and the well-known organizations
 * among them: "Google" is what Topeka called itself for a month in 2010, "IMF" and "BBC" are
 * other names of Imphāl and Bay City. Such a name is the organization's, not the town's.
 */
import { ORG_NAMES } from '../models/ner/gazetteer-data/organizations.js';
import type { Gazetteer } from './gazetteer.js';
import { placeKey } from './place-key.js';

/** Folded names of well-known organizations (the entity recognizer's list), built on first use. */
let organizations: Set<string> | undefined;

/** True when the recognizer's list of well-known organizations holds the folded name ("google", "imf"). */
export function knownOrganization(key: string): boolean {
  organizations ??= new Set(
    ORG_NAMES.split('\n')
      .map((line) => placeKey(line.trim()))
      .filter(Boolean),
  );
  return organizations.has(key);
}

/** True when the gazetteer knows the folded name only as another name of its entries (no entry is called so). */
export function onlyAnotherName(gazetteer: Gazetteer, key: string): boolean {
  const found = gazetteer.lookupKey(key);
  if (found.length === 0) return false;
  for (const i of found) if (placeKey(gazetteer.name(i)) === key) return false;
  return true;
}

/** True when the folded name is a well-known organization's that the gazetteer holds only as another name of a place. */
export function organizationAlias(gazetteer: Gazetteer, key: string): boolean {
  return knownOrganization(key) && onlyAnotherName(gazetteer, key);
}

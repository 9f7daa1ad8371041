/**
 * Readers for the geoparsing gold sets (LGL, GeoVirus, TR-News): articles and their toponyms with
 * character offsets and gold coordinates. Offsets are checked against the text: GeoVirus's are one
 * past (start-1, end-1 is right for every toponym), TR-News's drift in some articles, so a toponym
 * whose phrase is not at its offsets is moved to the nearest occurrence of its phrase.
 */
import { readFileSync } from 'node:fs';
import { DossierError } from '../errors/dossier-error.js';

/** One gold toponym: span, phrase and coordinates (null where the gold has none). */
export interface GoldToponym {
  start: number;
  end: number;
  text: string;
  lat: number | null;
  lon: number | null;
}

/** One gold article. */
export interface GeoArticle {
  id: string;
  text: string;
  url: string | null;
  toponyms: GoldToponym[];
}

/** The corpora and how each writes its offsets. */
export type GeoCorpusName = 'lgl' | 'geovirus' | 'trnews';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(text);
  if (cdata) return cdata[1];
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name] ?? whole;
  });
}

function field(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? unescapeXml(m[1]) : null;
}

function coordinate(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** Places a toponym where its phrase is: at its offsets (shifted by `shift`), else at the phrase's nearest occurrence. */
function place(text: string, start: number, end: number, phrase: string): [number, number] | null {
  if (text.slice(start, end) === phrase) return [start, end];
  let best = -1;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) best = at;
  }
  return best < 0 ? null : [best, best + phrase.length];
}

/** Reads one corpus file; toponyms whose phrase cannot be found in the text are dropped (`dropped` counts them). */
export function readGeoCorpus(
  file: string,
  corpus: GeoCorpusName,
): { articles: GeoArticle[]; dropped: number } {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DossierError('DATA_MISSING', 'the geoparsing gold file is missing', { file, cause });
  }
  const shift = corpus === 'geovirus' ? -1 : 0;
  const itemTag = corpus === 'geovirus' ? 'location' : 'toponym';
  const articles: GeoArticle[] = [];
  let dropped = 0;
  let n = 0;
  for (const m of xml.matchAll(/<article(?:\s[^>]*)?>([\s\S]*?)<\/article>/g)) {
    const body = m[1];
    const text = field(body, 'text') ?? '';
    const docid = /docid="([^"]+)"/.exec(m[0])?.[1];
    const url = (field(body, 'url') ?? field(body, 'source'))?.trim() || null;
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(new RegExp(`<${itemTag}>([\\s\\S]*?)</${itemTag}>`, 'g'))) {
      const phrase = field(t[1], corpus === 'geovirus' ? 'name' : 'phrase');
      const start = Number(field(t[1], 'start')) + shift;
      const end = Number(field(t[1], 'end')) + shift;
      const at = phrase ? place(text, start, end, phrase) : null;
      if (!at || !phrase) {
        dropped++;
        continue;
      }
      toponyms.push({
        start: at[0],
        end: at[1],
        text: phrase,
        lat: coordinate(field(t[1], 'lat')),
        lon: coordinate(field(t[1], 'lon')),
      });
    }
    articles.push({ id: docid ?? String(++n), text, url, toponyms });
  }
  return { articles, dropped };
}

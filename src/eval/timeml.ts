import { DossierError } from '../errors/dossier-error.js';

/** A TIMEX3 read from a TimeML body, with offsets into the plain (tag-free, entity-decoded) text. */
export interface TimemlTimex {
  start: number;
  end: number;
  text: string;
  attrs: Record<string, string>;
}

/**
 * A TempEval-3 document split into what a system may read and what only a scorer may.
 * `body` is the <TEXT> content with TIMEX3/EVENT/SIGNAL tags removed (XML escapes kept);
 * `text` is `body` without any tag and with entities decoded; `at[i]` and `after[i]` give the
 * offsets in `body` where character i of `text` starts and ends (so tags can be inserted back).
 */
export interface TimemlDoc {
  file: string;
  xml: string;
  /** The creation time: the value of the TIMEX3 inside <DCT>, or null. */
  dct: string | null;
  bodyStart: number;
  bodyEnd: number;
  body: string;
  text: string;
  at: Int32Array;
  after: Int32Array;
  /** Gold TIMEX3s inside <TEXT> (for scoring only; prediction never reads them). */
  gold: TimemlTimex[];
}

const STRIPPED = new Set(['TIMEX3', 'EVENT', 'SIGNAL']);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Reads the attributes of a tag ('tid="t1" type="DATE"'). */
export function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs[m[1]] = decodeEntities(m[2] ?? m[3]);
  return attrs;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      );
    return ENTITIES[name] ?? all;
  });
}

function malformed(file: string, message: string, found?: string): DossierError {
  return new DossierError('TIMEML_MALFORMED', message, {
    file,
    expected: 'a TimeML document with a <TEXT> element',
    found,
  });
}

/** Parses a TempEval-3 TimeML file (gold *.tml or system input *.TE3input); throws TIMEML_MALFORMED naming the file. */
export function parseTimeml(xml: string, file: string): TimemlDoc {
  const open = /<TEXT(?:\s[^>]*)?>/.exec(xml);
  const close = xml.lastIndexOf('</TEXT>');
  if (!open || close < open.index) throw malformed(file, 'no <TEXT> ... </TEXT> element');
  const bodyStart = open.index + open[0].length;
  const dctMatch = /<DCT>([\s\S]*?)<\/DCT>/.exec(xml);
  const dctTimex = dctMatch ? /<TIMEX3\b([^>]*)>/.exec(dctMatch[1]) : null;
  const dct = dctTimex ? (readAttributes(dctTimex[1]).value ?? null) : null;
  const raw = xml.slice(bodyStart, close);
  let body = '';
  let text = '';
  const at: number[] = [];
  const after: number[] = [];
  const stack: { name: string; start: number; attrs: Record<string, string> }[] = [];
  const gold: TimemlTimex[] = [];
  const token = /<(\/?)([A-Za-z_][\w.-]*)([^<>]*?)(\/?)>|&(?:#x[0-9a-f]+|#\d+|\w+);|[<>]|[^<>&]+|&/giy;
  for (let m = token.exec(raw); m; m = token.exec(raw)) {
    const piece = m[0];
    if (m[2] !== undefined) {
      const [, closing, name, attrSource, selfClosing] = m;
      if (!STRIPPED.has(name)) body += piece;
      if (selfClosing) continue;
      if (!closing) stack.push({ name, start: text.length, attrs: readAttributes(attrSource) });
      else {
        const top = stack.pop();
        if (!top || top.name !== name)
          throw malformed(
            file,
            `</${name}> does not close the open tag`,
            top ? `<${top.name}>` : 'no open tag',
          );
        if (name === 'TIMEX3')
          gold.push({
            start: top.start,
            end: text.length,
            text: text.slice(top.start, text.length),
            attrs: top.attrs,
          });
      }
      continue;
    }
    if (piece === '<' || piece === '>') throw malformed(file, 'a stray angle bracket in <TEXT>', piece);
    const decoded = piece[0] === '&' ? decodeEntities(piece) : piece;
    if (decoded.length === piece.length) {
      for (let i = 0; i < piece.length; i++) {
        at.push(body.length + i);
        after.push(body.length + i + 1);
      }
    } else {
      // An entity: every decoded character points at the whole escape.
      for (let i = 0; i < decoded.length; i++) {
        at.push(body.length);
        after.push(body.length + piece.length);
      }
    }
    body += piece;
    text += decoded;
  }
  if (stack.length > 0) throw malformed(file, `<${stack[stack.length - 1].name}> is never closed`);
  gold.sort((a, b) => a.start - b.start);
  return {
    file,
    xml,
    dct,
    bodyStart,
    bodyEnd: close,
    body,
    text,
    at: Int32Array.from(at),
    after: Int32Array.from(after),
    gold,
  };
}

/** A span to write back as a TIMEX3 tag. */
export interface TimexTag {
  start: number;
  end: number;
  type: string;
  value: string;
  mod?: string;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The document with its <TEXT> body replaced by the tag-free body plus the given TIMEX3 tags (ids t1, t2, ...). */
export function writeTimeml(doc: TimemlDoc, timexes: TimexTag[]): string {
  const sorted = [...timexes]
    .filter((t) => t.end > t.start && t.end <= doc.text.length)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  let lastEnd = -1;
  let n = 0;
  for (const t of sorted) {
    if (t.start < lastEnd) continue;
    const from = doc.at[t.start];
    const to = doc.after[t.end - 1];
    const mod = t.mod ? ` mod="${escapeAttr(t.mod)}"` : '';
    out += doc.body.slice(cursor, from);
    out += `<TIMEX3 tid="t${++n}" type="${t.type}" value="${escapeAttr(t.value)}"${mod}>`;
    out += doc.body.slice(from, to) + '</TIMEX3>';
    cursor = to;
    lastEnd = t.end;
  }
  out += doc.body.slice(cursor);
  return doc.xml.slice(0, doc.bodyStart) + out + doc.xml.slice(doc.bodyEnd);
}

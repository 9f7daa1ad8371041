import { SPACE, WORD, charClass } from './char-class.js';
import { scanSymbol } from './symbol-scanner.js';
import { TokenBuffer, type TokenOffsets } from './token-buffer.js';
import { scanUrl } from './url-scanner.js';
import { scanWord } from './word-scanner.js';

export type { TokenOffsets } from './token-buffer.js';

/** Reused between calls so that tokenizing many articles allocates only the result. */
const buffer = new TokenBuffer();

/**
 * Splits text into tokens following UD English (EWT) conventions, as offsets into the
 * unmodified text. Words in any script stay whole (Kalın, Şanlıurfa); clitics split
 * ("Türkiye’s" → "Türkiye" + "’s", "don't" → "do" + "n't"); abbreviations keep their period
 * ("U.S.", "Gen."); numbers stay whole ("56,000", "3.5") but ranges split ("2023 - 24");
 * hyphens split except after prefixes ("non-stop"); URLs, e-mails, hashtags stay whole.
 * One pass of a hand-written scanner over char codes: no regex per token.
 */
export function tokenize(text: string): TokenOffsets {
  const out = buffer;
  out.reset((text.length >> 2) + 16);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) {
      i++;
      continue;
    }
    const cls = charClass(text, i);
    if ((cls & SPACE) !== 0) {
      i++;
    } else if ((cls & WORD) !== 0) {
      const url = scanUrl(text, i);
      if (url > 0) {
        out.push(i, url);
        i = url;
      } else i = scanWord(text, i, out);
    } else if ((c === 0x2e || c === 0x2b) && i + 1 < n && isDigitStart(text, i)) {
      // a leading-period number ".5", a signed number "+852"
      i = scanWord(text, i, out, c === 0x2b ? i + 1 : i);
    } else {
      const end = scanSymbol(text, i);
      out.push(i, end);
      i = end;
    }
  }
  return out.toOffsets();
}

/** True when the period or plus sign at i starts a number (".5", "+1") rather than ending a word. */
function isDigitStart(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (next < 0x30 || next > 0x39) return false;
  return i === 0 || (charClass(text, i - 1) & WORD) === 0;
}

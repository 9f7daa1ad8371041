import { DIGIT, LETTER, LOWER, charClass } from './char-class.js';
import type { TokenOffsets } from './token-buffer.js';

/**
 * Whether the boundary model is asked about the boundary before token i: where the rules found no
 * end, on one line, after a punctuation or symbol token that is not a full stop (":", ",", ")",
 * a quote, a dash, an emoticon) and before a token that is not a lowercase word, with a space
 * between ("Regards, Debra", "Dial:? 203…", "… Quarters ) (BBC) The …"). Measured on EWT dev, the
 * model's changes elsewhere (after words, at the rules' ends) undid about as many errors as they
 * made; and scoring few positions keeps the splitter fast. The rules decide everywhere else;
 * the training texts have no single line breaks, so the model never decides at one.
 */
export function isCandidate(
  text: string,
  tokens: TokenOffsets,
  i: number,
  rule: boolean,
  breaks: number,
): boolean {
  if (rule || breaks > 0) return false;
  const start = tokens.starts[i];
  const prevStart = tokens.starts[i - 1];
  const prevEnd = tokens.ends[i - 1];
  if (start === prevEnd || (charClass(text, prevStart) & (LETTER | DIGIT)) !== 0) return false;
  const last = text.charCodeAt(prevEnd - 1);
  if (last === 0x2e || last === 0x21 || last === 0x3f || last === 0x2026) return false;
  return (charClass(text, start) & LOWER) === 0;
}

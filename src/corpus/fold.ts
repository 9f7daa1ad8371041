/** Letters that Unicode decomposition leaves whole but a reader treats as a plain Latin letter. */
const EXTRA: Record<string, string> = {
  ı: 'i',
  İ: 'I',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  ð: 'd',
};

/** Lowercases and folds diacritics ("Erdoğan" → "erdogan", "Kalın" → "kalin"), as the full-text index does. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıİøØłŁđĐßæÆœŒþð]/g, (c) => EXTRA[c] ?? c)
    .toLowerCase();
}

/** The words of a name, folded, with punctuation dropped ("U.S." → "us", "Hamas'" → "hamas"). */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .replace(/[’'`]s\b/g, '')
    .replace(/[.’'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

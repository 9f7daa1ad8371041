/** Country-code domains sold worldwide as brand names, not as a country's ("news.tv", "x.io"). */
const VANITY = new Set([
  'tv',
  'io',
  'me',
  'ly',
  'fm',
  'co',
  'ai',
  'am',
  'to',
  'cc',
  'ws',
  'gg',
  'la',
  'is',
  'it',
]);

/** The ISO country of an outlet from its web address's country-code domain ("aa.com.tr" → TR, "bbc.co.uk" → GB), or null. */
export function outletCountry(url: string | null | undefined): string | null {
  if (!url) return null;
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return null;
  const last = host.slice(host.lastIndexOf('.') + 1);
  if (last.length !== 2 || VANITY.has(last)) return null;
  return last === 'uk' ? 'GB' : last.toUpperCase();
}

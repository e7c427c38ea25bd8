/**
 * Search normalisation that works for every script. Case folding applies
 * where a script has case; diacritics are ignored only on letters of scripts
 * that use them as optional accents (Latin, Greek, Cyrillic). In Tamil,
 * Telugu, Malayalam and other Brahmic scripts the combining marks are vowel
 * signs that change the word, so they are kept.
 */
const ACCENTED_BASE = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const MARK = /\p{M}/u;

export function normaliseForSearch(text: string): string {
  const decomposed = text.normalize('NFD');
  let out = '';
  let previousBase = '';
  for (const ch of decomposed) {
    if (MARK.test(ch)) {
      if (ACCENTED_BASE.test(previousBase)) continue;
      out += ch;
      continue;
    }
    previousBase = ch;
    out += ch;
  }
  return out.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/g, ' ').trim();
}

/** True when every whitespace-separated term of the query occurs in the text. */
export function matchesQuery(text: string, query: string): boolean {
  const q = normaliseForSearch(query);
  if (!q) return true;
  const haystack = normaliseForSearch(text);
  return q.split(' ').every((term) => haystack.includes(term));
}

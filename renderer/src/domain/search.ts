/**
 * Search normalisation that works for every script. Case folding applies
 * where a script has case; diacritics are ignored only on letters of scripts
 * that use them as optional accents (Latin, Greek, Cyrillic). In Tamil,
 * Telugu, Malayalam and other Brahmic scripts the combining marks are vowel
 * signs that change the word, so they are kept.
 */
// A letter of those scripts followed by its combining marks: the letter is kept, the marks dropped.
// Marks after a letter of any other script (or at the start) stay.
const ACCENTED_LETTER_MARKS = /((?!\p{M})[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])\p{M}+/gu;
// ASCII has no combining marks and its NFD is itself: only case and spaces can change.
const NOT_ASCII = /[^\p{ASCII}]/u;
const SPACES = /\s+/g;

export function normaliseForSearch(text: string): string {
  const folded = !NOT_ASCII.test(text)
    ? text.toLowerCase()
    : text.normalize('NFD').replace(ACCENTED_LETTER_MARKS, '$1').normalize('NFC').toLocaleLowerCase('und');
  return folded.replace(SPACES, ' ').trim();
}

/** True when every whitespace-separated term of the query occurs in the text. */
export function matchesQuery(text: string, query: string): boolean {
  const q = normaliseForSearch(query);
  if (!q) return true;
  const haystack = normaliseForSearch(text);
  return q.split(' ').every((term) => haystack.includes(term));
}

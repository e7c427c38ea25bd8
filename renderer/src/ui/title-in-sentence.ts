/** The most of a journey's title a sentence (a toast, a question) quotes, in letters. */
export const MAX_TITLE_IN_SENTENCE = 80;

/**
 * A journey's title as a sentence quotes it: whole when short, else its first 80 letters (grapheme
 * clusters, so a Tamil or Malayalam letter keeps its vowel sign) and “…”. A file may carry a title of
 * 1,000 characters, which quoted whole would fill the window. Used by every toast and question that names a
 * journey (opening files, the library's trash, duplicate and delete forever).
 */
export function titleInSentence(title: string): string {
  if (title.length <= MAX_TITLE_IN_SENTENCE) return title;
  const letters: string[] = [];
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(title)) {
    if (letters.length === MAX_TITLE_IN_SENTENCE) return `${letters.join('')}…`;
    letters.push(segment);
  }
  return title;
}

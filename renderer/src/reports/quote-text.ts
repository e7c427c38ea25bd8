/**
 * A customer's quote as a deliverable prints it: inside the document's own
 * quotation marks (“…”). Many quotes are typed or pasted with marks of their
 * own ("…", “…”, «…», „…“, ‘…’); those are dropped first, so a quote never
 * prints as ““…””. A quote whose marks open and close two quoted parts
 * ("Fine," she said, "but late.") keeps them.
 */

/** Marks that may open a quote, each with the marks that may close it. */
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”“',
  '”': '”',
  '„': '“”',
  '"': '"',
  '«': '»',
  '»': '«',
  '‘': '’',
  "'": "'",
  '「': '」',
};

/** The quote without the quotation marks it was typed with, if one pair encloses it whole; trimmed. */
export function unquoted(quote: string): string {
  const text = quote.trim();
  const chars = [...text];
  if (chars.length < 3) return text;
  const open = chars[0]!;
  const close = chars[chars.length - 1]!;
  const closers = PAIRS[open];
  if (closers === undefined || !closers.includes(close)) return text;
  const inner = chars.slice(1, -1).join('');
  // Another mark of the pair inside: the marks belong to quoted parts, not to the whole.
  if (inner.includes(open) || [...closers].some((c) => inner.includes(c))) return text;
  return inner.trim();
}

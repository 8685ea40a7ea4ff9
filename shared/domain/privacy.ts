/**
 * Privacy nudges: a warning, never a refusal. A dossier code should be the file's code, not a child's name and
 * birth year; this spots the usual slips ("Lotte Janssens 2015", "Jan Peeters") and leaves codes such as
 * "OCJ-2024-017", "DOSSIER 12" or "Brussel-0042" alone.
 */

/** A word written as a name: a capital followed by small letters (accents included): "Lotte", "Émile", "D’Hondt". */
const NAME_WORD = /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+$/u;
/** A number that could be a birth year: 1900–2099, standing on its own. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * True when the code looks like it holds a person's name: two name-like words side by side, or a name-like word
 * beside a number that could be a birth year ("Lotte 2015"). Side by side means separated by spaces or an
 * underscore: "OCJ-Gent-2023-017" is a code with a place in it, "Gent 2023" is worth a second look.
 */
export function looksLikePersonName(code: string): boolean {
  const words = code
    .normalize('NFC')
    .trim()
    .split(/[\s_]+/u);
  // Of two neighbouring words, what touches the gap between them: "OCJ-Lotte Janssens-7" pairs Lotte and Janssens.
  const last = (w: string | undefined) => (w ?? '').split(/[-./]/).at(-1) ?? '';
  const first = (w: string | undefined) => (w ?? '').split(/[-./]/)[0] ?? '';
  const isName = (w: string) => NAME_WORD.test(w);
  const isYear = (w: string) => YEAR.test(w);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [last(words[i]), first(words[i + 1])];
    if (isName(a) && (isName(b) || isYear(b))) return true;
    if (isYear(a) && isName(b)) return true;
  }
  return false;
}

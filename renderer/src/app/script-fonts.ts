/**
 * The faces of the seeds' scripts (Tamil, Telugu, Malayalam, Armenian), loaded as the app starts.
 * The browser otherwise fetches a face only when a text in its script is first laid out: that text
 * is drawn in a fallback face, then the whole page is laid out again once the face arrives (on a
 * 2,000-card map, a frame of 100 ms and more, landing on whatever the user did first: the first key
 * of a search whose results show Tamil titles, say). Eight small files (about 170 kB in all), read
 * from the app's own bundle.
 */

/** Each script's family, as @fontsource names it, with one letter of the script to pick its subset. */
const SCRIPT_FACES: ReadonlyArray<readonly [family: string, letter: string]> = [
  ['Noto Sans Tamil', '\u0B85'],
  ['Noto Sans Telugu', '\u0C05'],
  ['Noto Sans Malayalam', '\u0D05'],
  ['Noto Sans Armenian', '\u0531'],
];

/** The weights the interface uses (main.tsx imports these two of each script's face). */
const WEIGHTS = [400, 600] as const;

/** Starts loading every script face; settles when all have loaded or failed (a failure only means a later swap). */
export async function loadScriptFonts(fonts: Pick<FontFaceSet, 'load'> | undefined): Promise<void> {
  if (!fonts) return;
  await Promise.allSettled(
    SCRIPT_FACES.flatMap(([family, letter]) => WEIGHTS.map((w) => fonts.load(`${w} 16px "${family}"`, letter))),
  );
}

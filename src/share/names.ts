/**
 * Names typed by players and trainers travel inside links, so they are hostile input on the way
 * back in. They are shown as text only (never HTML); these helpers remove what can still mislead
 * on screen or in a spreadsheet.
 */

export const MAX_NAME_CODE_POINTS = 40;
export const ANONYMOUS = 'Anonymous';

/** Combining marks kept on one letter: scripts need two or three, Zalgo text stacks dozens. */
export const MAX_MARKS_PER_LETTER = 4;
/** Names are cut for a table cell or a page title; the link keeps the whole cleaned name. */
export const DISPLAY_GRAPHEMES = 24;
/** Read no further into a raw name than this: 40 letters with their marks fit many times over. */
const MAX_RAW_UNITS = 2000;

// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) can reverse the text around a
// name, e.g. make "moc.evil" read as a trusted word; the directional marks (U+200E/F, U+061C) are
// invisible too. Invisible and blank-looking characters (zero-width space and non-joiner, word
// joiner and invisible operators, BOM, soft hyphen U+00AD, grapheme joiner U+034F, Mongolian vowel
// separator U+180E, the Hangul fillers U+115F/1160/3164/FFA0, Khmer inherent vowels U+17B4/17B5,
// blank Braille U+2800) let two names look the same while comparing different, which splits one
// student into several leaderboard rows.
const INVISIBLE =
  /[\u00AD\u061C\u115F\u1160\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u2800\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5/g;
// A zero-width joiner only has a meaning between two emoji ("👨‍👩‍👧" is one family, not three
// people); an emoji may carry a presentation selector or skin tone before it. Anywhere else it
// is invisible.
const STRAY_ZWJ =
  /(?<!\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// Tag characters are invisible except in the subdivision flags (🏴 + tags + cancel tag).
const TAG_FLAG = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const TAGS = /[\u{E0000}-\u{E007F}]/gu;
// Line breaks and tabs become spaces so "Ann\nLee" stays two words, not a broken table row.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Remaining C0 and C1 controls, DEL, and unpaired surrogates (which TextEncoder would turn into
// U+FFFD anyway, so the name would change on its first round trip).
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const MARK = /\p{M}/u;
// Variation selectors are marks too, but they choose how an emoji or ideograph looks.
const SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

function keepTagFlags(text: string): string {
  const flags: string[] = [];
  const marked = text.replace(TAG_FLAG, (flag) => {
    flags.push(flag);
    return '\uE000';
  });
  return marked.replace(TAGS, '').replace(/\uE000/g, () => flags.shift() ?? '');
}

/** At most MAX_MARKS_PER_LETTER combining marks in a row; the rest of a stack is dropped. */
function capMarks(text: string): string {
  let out = '';
  let run = 0;
  for (const char of text) {
    if (MARK.test(char) && !SELECTOR.test(char)) {
      run++;
      if (run > MAX_MARKS_PER_LETTER) continue;
    } else run = 0;
    out += char;
  }
  return out;
}

const graphemeSegmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter(undefined, { granularity: 'grapheme' })
    : null;

/** The text's user-perceived characters; code points where Intl.Segmenter is missing. */
export function graphemes(text: string): string[] {
  if (graphemeSegmenter === null) return Array.from(text);
  return Array.from(graphemeSegmenter.segment(text), (part) => part.segment);
}

/** Whole graphemes while the code points fit: a flag or a skin tone is never split. */
function capCodePoints(text: string, max: number): string {
  if (Array.from(text).length <= max) return text;
  let out = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const size = Array.from(grapheme).length;
    if (used + size > max) break;
    out += grapheme;
    used += size;
  }
  return out;
}

/**
 * NFC; no controls, bidi, invisible or blank-looking characters; a joiner only inside an emoji
 * sequence; at most MAX_MARKS_PER_LETTER marks in a row; runs of spaces collapsed, trimmed; at
 * most MAX_NAME_CODE_POINTS code points, cut between graphemes. `fallback` (Anonymous) when
 * nothing is left. Idempotent, and the same in every engine for a name within the cap.
 */
export function sanitizeName(raw: string, fallback: string = ANONYMOUS): string {
  const cleaned = keepTagFlags(
    raw
      .slice(0, MAX_RAW_UNITS)
      .normalize('NFC')
      .replace(BREAKS, ' ')
      .replace(CONTROLS, '')
      .replace(INVISIBLE, '')
      .replace(STRAY_ZWJ, ''),
  );
  const spaced = capMarks(cleaned).replace(/\s+/g, ' ').trim();
  // Cutting can leave a combining mark whose base was kept, so normalise once more.
  const name = capCodePoints(spaced, MAX_NAME_CODE_POINTS).trim().normalize('NFC');
  return name === '' ? fallback : name;
}

/** A name cut to `max` graphemes for a table cell or a title, with an ellipsis when cut. */
export function displayName(name: string, max: number = DISPLAY_GRAPHEMES): string {
  const parts = graphemes(name);
  return parts.length <= max ? name : `${parts.slice(0, max - 1).join('')}…`;
}

/**
 * A name inside plain text (the CLI, a page title, a sentence passed to textContent): first-strong
 * isolate … pop directional isolate, so an Arabic or Hebrew name cannot reorder the words around
 * it. sanitizeName has removed any isolate the name itself carried.
 */
export function isolateName(name: string): string {
  return `\u2068${name}\u2069`;
}

/**
 * One CSV cell (RFC 4180). A text that a spreadsheet would run as a formula (starting with =, +,
 * -, @, tab or CR) gets a leading apostrophe, the usual neutraliser. Numbers are written as they
 * are, so negative amounts stay numbers.
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A CSV line from cells, with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

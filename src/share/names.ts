/**
 * Names typed by players and trainers travel inside links, so they are hostile input on the way
 * back in. They are shown as text only (never HTML); these helpers remove what can still mislead
 * on screen or in a spreadsheet.
 */

export const MAX_NAME_CODE_POINTS = 40;
export const ANONYMOUS = 'Anonymous';

// Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) can reverse the text around a
// name, e.g. make "moc.evil" read as a trusted word; the directional marks (U+200E/F, U+061C) are
// invisible too. Zero-width characters (U+200B–200D, U+2060–2064, U+FEFF) let two names look the
// same while comparing different, which a leaderboard must not allow.
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// Line breaks and tabs become spaces so "Ann\nLee" stays two words, not a broken table row.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Remaining C0 and C1 controls, DEL, and unpaired surrogates (which TextEncoder would turn into
// U+FFFD anyway, so the name would change on its first round trip).
const CONTROLS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here.
  /[\u0000-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * NFC, no controls, no bidi or zero-width characters, runs of spaces collapsed, trimmed, at most
 * `maxCodePoints` code points (a name's 40 by default); `fallback` (Anonymous) when nothing is left.
 * Idempotent.
 */
export function sanitizeName(
  raw: string,
  fallback: string = ANONYMOUS,
  maxCodePoints: number = MAX_NAME_CODE_POINTS,
): string {
  const cleaned = raw
    .normalize('NFC')
    .replace(BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Array.from walks code points, so the cap never splits a surrogate pair.
  const capped = Array.from(cleaned).slice(0, maxCodePoints).join('').trim();
  // Cutting can leave a combining mark whose base was kept, so normalise once more.
  const name = capped.normalize('NFC');
  return name === '' ? fallback : name;
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

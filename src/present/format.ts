/**
 * Every number the player reads goes through here, so money looks the same everywhere.
 * Money arrives as integer fen (1 yuan = 100 fen) and is never turned into a float before grouping.
 */

/** U+2212, the typographic minus: it has the width of a digit in tabular figures. */
export const MINUS = '\u2212';

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export interface MoneyOptions {
  /** 'whole' rounds to the yuan (HUD), 'exact' always shows fen (books, debrief, prices). */
  precision?: 'whole' | 'exact';
  /** Writes a + for positive amounts (waterfall, deltas). */
  signed?: boolean;
}

/** ¥ with thousands separators, e.g. 123456 fen -> "¥1,235" (whole) or "¥1,234.56" (exact). */
export function formatFen(fen: number, options: MoneyOptions = {}): string {
  const precision = options.precision ?? 'whole';
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  let body: string;
  if (precision === 'whole') {
    // Half a yuan rounds away from zero, so -0.50 shows as -¥1 like +0.50 shows ¥1.
    body = group(String(Math.floor((abs + 50) / 100)));
  } else {
    const cents = String(abs % 100).padStart(2, '0');
    body = `${group(String(Math.floor(abs / 100)))}.${cents}`;
  }
  const isZero = /^[0.,]+$/.test(body);
  const sign = negative && !isZero ? MINUS : options.signed && !isZero ? '+' : '';
  return `${sign}¥${body}`;
}

/** A price or a bid: always with fen, e.g. "¥0.60". */
export function formatPrice(fen: number): string {
  return formatFen(fen, { precision: 'exact' });
}

/** Profit and loss never rely on colour: an arrow and a sign carry the meaning. */
export function formatSignedFen(fen: number, precision: 'whole' | 'exact' = 'whole'): string {
  const arrow = fen > 0 ? '▲' : fen < 0 ? '▼' : '•';
  return `${arrow} ${formatFen(fen, { precision, signed: true })}`;
}

/** Basis points as a percentage: 1234 bp -> "12.3%", 500 -> "5%". */
export function formatBp(bp: number): string {
  const tenths = Math.round(bp / 10);
  const whole = Math.trunc(tenths / 10);
  const rest = Math.abs(tenths % 10);
  const sign = tenths < 0 ? MINUS : '';
  return rest === 0 ? `${sign}${Math.abs(whole)}%` : `${sign}${Math.abs(whole)}.${rest}%`;
}

/** A count with thousands separators; `signed` writes + for positive counts. */
export function formatCount(n: number, options: { signed?: boolean } = {}): string {
  const sign = n < 0 ? MINUS : options.signed && n > 0 ? '+' : '';
  return sign + group(String(Math.abs(Math.trunc(n))));
}

/** Rating in hundredths of a star: 467 -> "4.67". */
export function formatRating(centi: number): string {
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
}

/** Reads a yuan amount typed or shown on screen back into fen (tests and inputs). */
export function parseYuanToFen(text: string): number | null {
  const cleaned = text.replace(/[▲▼•¥,\s+]/g, '').replace(MINUS, '-');
  if (!/^-?\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const negative = cleaned.startsWith('-');
  const [yuan = '0', fen = ''] = cleaned.replace('-', '').split('.');
  const value = Number(yuan) * 100 + Number(fen.padEnd(2, '0'));
  return negative ? -value : value;
}

/** 1万 (ten thousand yuan) in fen. */
const WAN_FEN = 1_000_000;

/**
 * A headline figure (HUD, key figures, map total) for the reader's language: in Chinese, amounts
 * from ¥1万 up read as 万 with one decimal ("¥12.3万"), as marketplace dashboards show them;
 * below that, and in English, the usual whole-yuan form.
 */
export function formatHeadlineFen(
  fen: number,
  language: 'en' | 'zh',
  options: { signed?: boolean } = {},
): string {
  const abs = Math.abs(Math.trunc(fen));
  if (language !== 'zh' || abs < WAN_FEN)
    return formatFen(fen, { signed: options.signed ?? false });
  // Tenths of a 万, half away from zero, in integers so no float touches the money.
  const tenths = Math.floor((abs + WAN_FEN / 20) / (WAN_FEN / 10));
  const whole = group(String(Math.floor(tenths / 10)));
  const body = tenths % 10 === 0 ? `${whole}万` : `${whole}.${tenths % 10}万`;
  const sign = fen < 0 ? MINUS : options.signed ? '+' : '';
  return `${sign}¥${body}`;
}

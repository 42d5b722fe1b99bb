import { formatFen } from '../../src/present/format';

/**
 * The game's money format (integer arithmetic, no toLocaleString, so the table is byte-identical
 * everywhere), always to the fen and with an ASCII minus for plain-text terminals and files.
 */
export function formatYuan(fen: number): string {
  return formatFen(fen, { precision: 'exact', minus: '-' });
}

/** Stars out of three as ★★☆. */
export function formatStars(stars: number, of = 3): string {
  const filled = Math.max(0, Math.min(of, stars));
  return '★'.repeat(filled) + '☆'.repeat(of - filled);
}

/** The summary's rating is hundredths of a star (480 = 4.80); 0 means no reviews yet. */
export function formatRating(centi: number): string {
  if (centi === 0) return 'no reviews';
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')} / 5`;
}

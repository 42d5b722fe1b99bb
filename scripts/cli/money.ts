/**
 * Yuan formatting by integer arithmetic: no floats and no toLocaleString, whose grouping depends on
 * the machine's locale and ICU build, so the table is byte-identical everywhere.
 */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs % 100;
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${grouped}.${String(cents).padStart(2, '0')}`;
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

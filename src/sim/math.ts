/** Integer helpers: every rate is in basis points and every division floors. */

export const BP = 10_000;

/** a * bp / 10000, floored toward minus infinity so that negative amounts stay exact. */
export function mulBp(a: number, bp: number): number {
  return Math.floor((a * bp) / BP);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Piecewise-linear lookup in a table of [x, y] points sorted by x; clamps at both ends. */
export function lerpTable(table: readonly (readonly [number, number])[], x: number): number {
  const first = table[0] as readonly [number, number];
  if (x <= first[0]) return first[1];
  for (let i = 1; i < table.length; i++) {
    const upper = table[i] as readonly [number, number];
    if (x <= upper[0]) {
      const lower = table[i - 1] as readonly [number, number];
      return (
        lower[1] + Math.floor(((upper[1] - lower[1]) * (x - lower[0])) / (upper[0] - lower[0]))
      );
    }
  }
  return (table[table.length - 1] as readonly [number, number])[1];
}

/*
 * Fractions are never lost nor invented: where a rate gives a fraction of a visit, an order or a
 * fen, the day takes the whole part, floor((amount + carry) / scale), and keeps the remainder in
 * a carry slot of the state for the next day (Bresenham-style). The day loop writes this out
 * with the carry slot by name (carries.organic, carries.staff...): a generic helper indexing the
 * slot by a key string was one of the slowest lines of a replay.
 */

/** A stable 32-bit mix of integers (FNV-1a over the 32-bit words). */
export function mix32(h: number, x: number): number {
  let hash = h ^ (x & 0xffff);
  hash = Math.imul(hash, 0x01000193);
  hash ^= (x >>> 16) & 0xffff;
  hash = Math.imul(hash, 0x01000193);
  return hash >>> 0;
}

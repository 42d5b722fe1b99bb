/** Integer helpers: every rate is in basis points and every division floors. */

export const BP = 10_000;

/** a * bp / 10000, floored toward minus infinity so that negative amounts stay exact. */
export function mulBp(a: number, bp: number): number {
  return Math.floor((a * bp) / BP);
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function divFloor(a: number, b: number): number {
  return Math.floor(a / b);
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

/** Step lookup: the y of the last row whose x is at most the given x. */
export function stepTable(table: readonly (readonly [number, number])[], x: number): number {
  let y = (table[0] as readonly [number, number])[1];
  for (const [x0, y0] of table) {
    if (x >= x0) y = y0;
    else break;
  }
  return y;
}

/**
 * Splits `amount / scale` into whole units and keeps the remainder in `carries[key]` for the next
 * call (Bresenham-style), so that fractional demand is neither lost nor invented.
 */
export function takeWhole<K extends string>(
  carries: Record<K, number>,
  key: K,
  amount: number,
  scale = BP,
): number {
  const total = amount + carries[key];
  const whole = Math.floor(total / scale);
  carries[key] = total - whole * scale;
  return whole;
}

/** A stable 32-bit mix of integers (FNV-1a over the 32-bit words). */
export function mix32(h: number, x: number): number {
  let hash = h ^ (x & 0xffff);
  hash = Math.imul(hash, 0x01000193);
  hash ^= (x >>> 16) & 0xffff;
  hash = Math.imul(hash, 0x01000193);
  return hash >>> 0;
}

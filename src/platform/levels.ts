import comprehensive from '../../levels/comprehensive.json';
import market from '../../levels/market.json';
import product from '../../levels/product.json';
import traffic from '../../levels/traffic.json';
import { formatLevelError } from '../content/errors';
import { parseLevelValue } from '../content/parseLevel';
import type { Level } from '../sim';

/** The shipped level files, bundled by Vite as JSON; they are still validated like any input. */
const FILES: readonly { file: string; value: unknown }[] = [
  { file: 'traffic.json', value: traffic },
  { file: 'product.json', value: product },
  { file: 'market.json', value: market },
  { file: 'comprehensive.json', value: comprehensive },
];

export type LevelsResult =
  { ok: true; levels: Level[] } | { ok: false; file: string; problem: string };

export function loadShippedLevels(): LevelsResult {
  const levels: Level[] = [];
  for (const { file, value } of FILES) {
    const result = parseLevelValue(value);
    if (!result.ok) {
      const first = result.errors[0];
      return { ok: false, file, problem: first ? formatLevelError(first) : 'unknown problem' };
    }
    levels.push(result.level);
  }
  return { ok: true, levels };
}

import { canonicalJson } from '../sim/hash';
import type { Level } from '../sim/level';

const cache = new WeakMap<Level, number>();

/**
 * 32-bit FNV-1a over the level's canonical JSON: any edit to a level file (a price, a day count, a
 * text) changes it, so a link is never replayed on a level it was not played on. Not a security
 * measure (anyone can recompute it); the replay itself is what makes a score trustworthy.
 * Levels are never mutated after validation, so the hash is cached per level object.
 */
export function levelHash(level: Level): number {
  const known = cache.get(level);
  if (known !== undefined) return known;
  const text = canonicalJson(level);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const result = hash >>> 0;
  cache.set(level, result);
  return result;
}

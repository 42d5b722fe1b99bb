import type { ClassMarketSpec, MarketState } from './classMarket';
import { canonicalJson } from './hash';
import { RULES_VERSION } from './state';

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** 12 hex digits over canonical JSON, like the run code, so key order never matters. */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value);
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x9e3779b9).toString(16).padStart(8, '0');
  return `${a}${b}`.slice(0, 12);
}

/**
 * What a round is played against: the rules version, the class and the round's market. A hand-in echoes
 * it, so one played against another round or another class is told apart before any replay.
 */
export function marketHash(spec: ClassMarketSpec, market: MarketState): string {
  return contentHash({ rulesVersion: RULES_VERSION, spec, market });
}

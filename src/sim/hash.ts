import { ledgerForHash } from './ledger';
import type { SimState } from './state';

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Canonical JSON: keys sorted, so the hash depends on the state's content only. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(',')}}`;
}

/** A 12-hex-digit fingerprint of the whole state: the run code players compare. */
export function stateHash(state: SimState): string {
  // The ad report only restates what the rules already decided, and run codes predate it.
  const rules: Record<string, unknown> = { ...state, ledger: ledgerForHash(state.ledger) };
  delete rules.ads;
  const text = canonicalJson(rules);
  const a = fnv1a(text, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x9e3779b9).toString(16).padStart(8, '0');
  return `${a}${b}`.slice(0, 12);
}

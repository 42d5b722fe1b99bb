import { describe, expect, it } from 'vitest';
import {
  decodeSessionLink,
  encodeSessionLink,
  sessionKey,
  type SessionSpec,
} from '../../src/share';
import { shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();
const SESSION: SessionSpec = {
  name: 'Class 7B',
  seed: 13_579,
  levers: { commissionBp: 600, settlementDays: 10 },
  stages: ['traffic', 'product'],
  language: null,
};

function decoded(text: string) {
  const result = decodeSessionLink(text, levels);
  if (!result.ok) throw new Error(result.message);
  return result.session;
}

describe('the key of a session’s own save slot', () => {
  it('is the same for the same session however its link is written', () => {
    const encoded = encodeSessionLink(SESSION, levels, 'https://example.test/game/');
    if (!encoded.ok) throw new Error(encoded.message);
    const key = sessionKey(decoded(encoded.link), levels);
    expect(key).toBe(encoded.payload);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    // Extra fragment parameters and the page address do not change which game is continued.
    expect(sessionKey(decoded(`#lang=zh&s=${encoded.payload}`), levels)).toBe(key);
    expect(sessionKey(decoded(encoded.payload), levels)).toBe(key);
  });

  it('differs when any part of the session differs', () => {
    const key = sessionKey(SESSION, levels);
    const variants: SessionSpec[] = [
      { ...SESSION, name: 'Class 7C' },
      { ...SESSION, seed: 13_580 },
      { ...SESSION, levers: { commissionBp: 600 } },
      { ...SESSION, stages: ['traffic'] },
      { ...SESSION, language: 'zh' },
    ];
    const keys = new Set(variants.map((v) => sessionKey(v, levels)));
    expect(keys.size).toBe(variants.length);
    expect(keys.has(key)).toBe(false);
  });

  it('is null for a session this build cannot encode', () => {
    expect(sessionKey({ ...SESSION, stages: ['traffic'] }, {})).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { LINK_MESSAGES, verifyResultLink } from '../../src/share/index';
import { RULES_VERSION } from '../../src/sim/index';
import { shippedLevels } from '../fixtures/campaigns';

/**
 * A real link made under rules 2, before the event deck: the CLI's link of the first golden case
 * of rules 2 (`npm run sim -- --stage traffic --seed 1 --link --name Mei` at rules 2). Rules 3
 * deals other events on the same seed, so it must be refused, never replayed into a wrong score.
 */
const RULES_2_LINK = 'http://127.0.0.1:5173/#r=AQACABQAAAABAANNZWkBndebZQUBewYAKPACMiE';

describe('links made under rules 2', () => {
  it('are refused as made with earlier rules, with that reason’s own sentence', () => {
    expect(RULES_VERSION).toBe(3);
    const result = verifyResultLink(RULES_2_LINK, shippedLevels());
    expect(result).toEqual({
      ok: false,
      reason: 'rules_older',
      message: LINK_MESSAGES.rules_older,
      detail: { found: 2, expected: 3 },
    });
  });
});

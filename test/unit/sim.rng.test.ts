import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { rollBp, rollInt, seedRng } from '../../src/sim/rng';

/** The reference: pure-rand's own generator and distribution, stepped from a copy of the state. */
function pureRandRoll(
  state: number[],
  from: number,
  to: number,
): { value: number; next: number[] } {
  const rng = xoroshiro128plusFromState(state);
  const value = uniformInt(rng, from, to);
  return { value, next: [...rng.getState()] };
}

const RANGES: [number, number][] = [
  [0, 9_999],
  [6_000, 14_000],
  [2, 6],
  [4, 10],
  [0, 0],
  [0, 1],
  [0, 2],
  [-5, 5],
  [0, 0xffffffff],
  [0, 2 ** 40],
];

describe('seeded rolls', () => {
  it('draw the same numbers and leave the same state as pure-rand, for every range the rules use', () => {
    for (let seed = 0; seed < 40; seed++) {
      const state = seedRng(seed * 7_919, `level-${seed % 4}`);
      for (let i = 0; i < 200; i++) {
        const [from, to] = RANGES[i % RANGES.length] as [number, number];
        const expected = pureRandRoll(state, from, to);
        expect(rollInt(state, from, to)).toBe(expected.value);
        expect(state).toEqual(expected.next);
      }
    }
  });

  it('a chance of 0 or 10000 bp decides without drawing', () => {
    const state = seedRng(1, 'traffic');
    const before = [...state];
    expect(rollBp(state, 0)).toBe(false);
    expect(rollBp(state, 10_000)).toBe(true);
    expect(state).toEqual(before);
  });
});

import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { mix32 } from './math';

/** The PRNG state lives in the sim state as plain integers, so a state can be copied and hashed. */
export type RngState = number[];

export function seedRng(seed: number, salt: string): RngState {
  let h = mix32(0x811c9dc5, seed | 0);
  h = mix32(h, Math.floor(seed / 0x100000000));
  for (let i = 0; i < salt.length; i++) h = mix32(h, salt.charCodeAt(i));
  return [...xoroshiro128plus(h | 0).getState()];
}

const TWO_POW_31 = 0x80000000;
const TWO_POW_32 = 0x100000000;

/**
 * One step of xoroshiro128+ on the state array in place: the same arithmetic as pure-rand's
 * XoroShiro128Plus.next(), whose getState() order is [s01, s00, s11, s10]. Rolls happen every
 * simulated day; stepping in place saves a generator object and a state array per roll.
 */
function nextInt32(state: RngState): number {
  const s01 = state[0] as number;
  const s00 = state[1] as number;
  const s11 = state[2] as number;
  const s10 = state[3] as number;
  const out = (s00 + s10) | 0;
  const a0 = s10 ^ s00;
  const a1 = s11 ^ s01;
  state[1] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
  state[0] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
  state[3] = (a1 << 5) ^ (a0 >>> 27);
  state[2] = (a0 << 5) ^ (a1 >>> 27);
  return out;
}

/** pure-rand's uniformIntInternal: rejection sampling of one 32-bit draw into [0, rangeSize). */
function uniformBelow(state: RngState, rangeSize: number): number {
  const maxAllowed = rangeSize > 2 ? ~~(TWO_POW_32 / rangeSize) * rangeSize : TWO_POW_32;
  let deltaV = nextInt32(state) + TWO_POW_31;
  while (deltaV >= maxAllowed) deltaV = nextInt32(state) + TWO_POW_31;
  return deltaV % rangeSize;
}

/**
 * Draws an integer in [from, to] and advances the state in place, exactly as pure-rand's
 * uniformInt on a xoroshiro128plus generator would (a unit test holds the two together).
 * Ranges wider than 32 bits, which the rules never draw, go through pure-rand itself.
 */
export function rollInt(state: RngState, from: number, to: number): number {
  const rangeSize = to - from;
  if (rangeSize <= TWO_POW_32 - 1) return uniformBelow(state, rangeSize + 1) + from;
  const rng = xoroshiro128plusFromState(state);
  const value = uniformInt(rng, from, to);
  const next = rng.getState();
  for (let i = 0; i < next.length; i++) state[i] = next[i] as number;
  return value;
}

/** True with probability `chanceBp` / 10000. */
export function rollBp(state: RngState, chanceBp: number): boolean {
  if (chanceBp <= 0) return false;
  if (chanceBp >= 10_000) return true;
  return rollInt(state, 0, 9_999) < chanceBp;
}

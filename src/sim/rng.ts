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

/** Draws an integer in [from, to] and advances the state in place. */
export function rollInt(state: RngState, from: number, to: number): number {
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

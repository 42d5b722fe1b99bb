import type { StageId } from '../sim';
import { STAGE_IDS } from '../sim';

/** The largest seed a link may carry: seeds are 32-bit in the PRNG. */
export const MAX_SEED = 0xffff_ffff;

export interface LaunchParams {
  /** ?seed=N: the market every player of a session shares. */
  seed: number | null;
  /** ?stage=ID: open that stage's shop directly (trainers and tests). */
  stage: StageId | null;
  /** ?bench: `npm run bench:web` drives the page (densest street, a figure-count probe). */
  bench: boolean;
}

/** Reads ?seed, ?stage and ?bench; anything malformed is ignored rather than guessed at. */
export function readLaunchParams(search: string): LaunchParams {
  const params = new URLSearchParams(search);
  const seedText = params.get('seed');
  const stageText = params.get('stage');
  let seed: number | null = null;
  if (seedText !== null && /^\d{1,10}$/.test(seedText)) {
    const value = Number(seedText);
    if (value <= MAX_SEED) seed = value;
  }
  const stage = STAGE_IDS.find((id) => id === stageText) ?? null;
  return { seed, stage, bench: params.has('bench') };
}

/** A fresh six-digit seed, short enough to read out to a class. */
export function drawSeed(): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return 100_000 + ((buffer[0] ?? 0) % 900_000);
}

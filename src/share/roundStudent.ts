import { roundLevel, roundSeed } from '../sim/classMarketLevel';
import type { Action } from '../sim/actions';
import type { Level } from '../sim/level';
import { encodeHandInLink, type BriefLink } from './roundLinks';

/** The student's side of a round: the stage and seed a brief opens, and the hand-in it returns. */
export function briefGame(brief: BriefLink, base: Level): { level: Level; seed: number } {
  return {
    level: roundLevel(base, brief.spec, brief.market, brief.carry),
    seed: roundSeed(brief.spec, brief.market.round),
  };
}

export function handInFor(
  brief: BriefLink,
  base: Level,
  name: string,
  log: readonly Action[],
  page = '',
): string {
  return encodeHandInLink(
    { seat: brief.seat, name, round: brief.market.round, marketHash: brief.marketHash, log },
    brief.spec,
    base,
    page,
  );
}

/** The golden round's shape, computed the same way by scripts/roundGolden.ts and its test. */
import { RULES_VERSION, type Level } from '../../src/sim/index';
import { clearClassFromLinks } from '../../src/share/roundClass';
import { levelFingerprint } from './goldenFile';
import { scenarioLinks } from './roundScenario';

export interface RoundGolden {
  rulesVersion: number;
  level: string;
  rounds: {
    round: number;
    roundHash: string;
    standings: {
      place: number;
      seat: number;
      strategy: string;
      orders: number;
      netProfitFen: number;
    }[];
  }[];
}

export function computeRoundGolden(base: Level): RoundGolden {
  const { classLink, handIns } = scenarioLinks(base);
  const cleared = clearClassFromLinks(classLink, handIns.flat(), base);
  if (!cleared.ok) throw new Error(`the golden class does not clear: ${cleared.reason}`);
  return {
    rulesVersion: RULES_VERSION,
    level: levelFingerprint(base),
    rounds: cleared.clearing.results.map((result) => ({
      round: result.round,
      roundHash: result.roundHash,
      standings: result.standings.map((s) => ({
        place: s.place,
        seat: s.seat,
        strategy: s.strategy,
        orders: s.orders,
        netProfitFen: s.netProfitFen,
      })),
    })),
  };
}

import { roundLevel, roundSeed } from '../sim/classMarketLevel';
import type { Action } from '../sim/actions';
import type { Level } from '../sim/level';
import {
  decodeBriefLink,
  decodeHandInLink,
  encodeHandInLink,
  queryForm,
  type BriefLink,
  type HandInLink,
} from './roundLinks';
import { roundFailure, type RoundFailure } from './roundReasons';

/** The student's side of a round: the stage and seed a brief opens, and the hand-in it returns. */
export function briefGame(brief: BriefLink, base: Level): { level: Level; seed: number } {
  return {
    level: roundLevel(base, brief.spec, brief.market, brief.carry),
    seed: roundSeed(brief.spec, brief.market.round),
  };
}

/**
 * The hand-in link. The query form (`page?h=…`) is the one to send, as for result links: chat
 * apps' "copy link" may drop a fragment. Every reader finds the code after `#`, `?` or `&`.
 */
export function handInFor(
  brief: BriefLink,
  base: Level,
  name: string,
  log: readonly Action[],
  page = '',
  form: 'fragment' | 'query' = 'fragment',
): string {
  const link = encodeHandInLink(
    { seat: brief.seat, name, round: brief.market.round, marketHash: brief.marketHash, log },
    brief.spec,
    base,
    page,
  );
  return form === 'fragment' ? link : queryForm(link);
}

/** What this browser remembers of a class (src/platform/classRounds.ts), as the check needs it. */
export interface RoundsSeen {
  seen: number;
  handedIn: number;
}

/**
 * A brief older than a round this browser has already opened or handed in for its class is
 * refused: the class has moved on, and that round's hand-in would be refused at the clearing.
 */
export function refuseBrief(brief: BriefLink, memory: RoundsSeen | null): RoundFailure | null {
  if (memory === null) return null;
  const latest = Math.max(memory.seen, memory.handedIn);
  return brief.market.round < latest ? roundFailure('stale_brief') : null;
}

export type StudentLink =
  | { ok: true; kind: 'brief'; link: BriefLink }
  | { ok: true; kind: 'handIn'; link: HandInLink }
  | RoundFailure;

/**
 * A link pasted on the brief page of `open`: the next brief, or a hand-in to look at again. Either
 * must be of the open brief's class; a link of another class gets its own sentence.
 */
export function readStudentLink(text: string, open: BriefLink, base: Level): StudentLink {
  const trimmed = text.trim();
  if (/(?:^|[#?&\s])n=/.test(trimmed)) {
    const brief = decodeBriefLink(trimmed, base);
    if (!brief.ok) return brief;
    if (brief.link.spec.classId !== open.spec.classId) return roundFailure('brief_other_class');
    return { ok: true, kind: 'brief', link: brief.link };
  }
  const handIn = decodeHandInLink(trimmed, open.spec, base);
  if (!handIn.ok) {
    return handIn.reason === 'other_class' ? roundFailure('brief_other_class') : handIn;
  }
  return { ok: true, kind: 'handIn', link: handIn.link };
}

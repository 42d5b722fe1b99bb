import type { StageId } from '../sim/level';

/** Why a link was not accepted: one code per thing the user can tell apart and act on. */
export const LINK_REASONS = [
  'empty',
  'too_long',
  'not_a_link',
  'bad_characters',
  'code_characters',
  'code_mistyped',
  'truncated',
  'damaged',
  'format_version',
  'rules_older',
  'rules_newer',
  'too_large',
  'unknown_stage',
  'level_changed',
  'replay_failed',
  'unfinished',
  'not_a_result',
  'not_a_session',
  'internal',
] as const;
export type LinkReason = (typeof LINK_REASONS)[number];

/**
 * One English sentence per reason, in one table so the UI can swap in a translation by code.
 * They say what happened and, where there is one, what to do; none of them shows any number
 * from the link, because nothing from a rejected link is trustworthy.
 */
export const LINK_MESSAGES: Readonly<Record<LinkReason, string>> = {
  empty: 'The link is empty.',
  too_long: 'The link is longer than any link the game makes, so it was not opened.',
  not_a_link: 'This is not a Four Stages link: it has no #r= or #s= part.',
  bad_characters:
    'The link contains characters that a Four Stages link never has, so it was changed on the way.',
  code_characters:
    'The code has a character that no Four Stages code has: codes use digits and letters except 1, B, I and O.',
  code_mistyped:
    'The code does not check out: a character is wrong, missing or extra. Compare it with the original, group by group.',
  truncated: 'The link is cut off; copy the whole link and try again.',
  damaged: 'The link is damaged: some characters were changed, added or lost on the way.',
  format_version:
    'This link was made by a different version of the game, whose link format this page cannot read.',
  rules_older:
    'This link was made with an earlier version of the rules: it can no longer be verified.',
  rules_newer: 'This link was made with a newer version of the game: reload to update.',
  too_large: 'The link unpacks to far more data than any real game, so it was not opened.',
  unknown_stage: 'This link includes a stage that is not in this game’s set of stages.',
  level_changed:
    'A stage in this link was played on a different version of its level, so its score cannot be checked on this one.',
  replay_failed: 'The decisions in this link do not replay on this level.',
  unfinished: 'The run in this link stops before the end of a stage, so it has no final score.',
  not_a_result: 'This is a session link for starting a game, not a result to verify.',
  not_a_session: 'This is a result link, not a session link.',
  internal: 'The link could not be checked because of an error in the game itself.',
};

/** Extra facts for logs and support; never a score, and the UI need not show them. */
export interface LinkFailureDetail {
  stage?: StageId;
  /** Position in the stage's action log of the action the sim refused. */
  index?: number;
  /** The sim's error code for a refused action. */
  simError?: string;
  found?: number;
  expected?: number;
  /** level_changed: the stage's level hash in the link and on this page, as 8 hex digits. */
  linkLevelHash?: string;
  pageLevelHash?: string;
}

export interface LinkFailure {
  ok: false;
  reason: LinkReason;
  message: string;
  detail?: LinkFailureDetail;
}

/**
 * The hashes are the one thing a refused link shows: a trainer needs them to tell which copy of
 * a level a student played, and they are not a score.
 */
export const levelHashesSentence = (linkHash: string, pageHash: string): string =>
  `Level in the link: ${linkHash}; level on this page: ${pageHash}.`;

/** The reason's sentence, with the two level hashes after it when the failure has them. */
export function failureSentence(
  failure: Pick<LinkFailure, 'reason' | 'detail'>,
  sentenceOf: (reason: LinkReason) => string = (reason) => LINK_MESSAGES[reason],
  hashesOf: (linkHash: string, pageHash: string) => string = levelHashesSentence,
): string {
  const sentence = sentenceOf(failure.reason);
  const { linkLevelHash, pageLevelHash } = failure.detail ?? {};
  if (linkLevelHash === undefined || pageLevelHash === undefined) return sentence;
  return `${sentence} ${hashesOf(linkLevelHash, pageLevelHash)}`;
}

export function linkFailure(reason: LinkReason, detail?: LinkFailureDetail): LinkFailure {
  const failure: LinkFailure = { ok: false, reason, message: LINK_MESSAGES[reason] };
  if (detail !== undefined) {
    failure.detail = detail;
    failure.message = failureSentence(failure);
  }
  return failure;
}

import type { LocalText } from '../sim/level';
import type { LinkReason } from './reasons';

/**
 * Why a class-market link (class, round brief or hand-in) was refused. The link-level reasons
 * are the share links' own; the rest are the class market's, each with its own sentence.
 */
export const ROUND_REASONS = [
  'not_a_round_link',
  'wrong_kind',
  'other_class',
  'stale_round',
  'future_round',
  'other_market',
  'seat_out_of_range',
  'duplicate_seat',
  'replay_failed',
  'unfinished',
  'level_changed',
  'old_brief',
  'brief_tampered',
  'stale_brief',
  'brief_other_class',
] as const;
export type RoundReason = (typeof ROUND_REASONS)[number];

export const ROUND_MESSAGES: Readonly<Record<RoundReason, LocalText>> = {
  not_a_round_link: {
    en: 'This is not a class-market link: it has no c=, n= or h= part.',
    zh: '这不是课堂对抗赛链接：其中没有 c=、n= 或 h= 部分。',
  },
  wrong_kind: {
    en: 'This class-market link is of another kind than the one asked for here.',
    zh: '这个课堂对抗赛链接的类型与此处需要的不同。',
  },
  other_class: {
    en: 'This link belongs to a different class market, so it was not counted.',
    zh: '这个链接属于另一场课堂对抗赛，因此没有计入。',
  },
  stale_round: {
    en: 'This hand-in is for an earlier round, which is already cleared; play this round from its new brief link.',
    zh: '这份提交属于已经结算的上一轮；请从本轮新的任务链接开始游戏。',
  },
  future_round: {
    en: 'This hand-in is for a round that has not started yet.',
    zh: '这份提交属于尚未开始的一轮。',
  },
  other_market: {
    en: 'This hand-in was played against a different market than this round’s; open this round’s brief link and play again.',
    zh: '这份提交所对应的市场与本轮不同；请打开本轮的任务链接重新游戏。',
  },
  seat_out_of_range: {
    en: 'This hand-in names a seat that the class does not have.',
    zh: '这份提交的座位号不在本班名册之内。',
  },
  duplicate_seat: {
    en: 'Two different hand-ins name the same seat; keep one of them and clear again.',
    zh: '有两份不同的提交使用同一个座位号；请只保留其中一份后重新结算。',
  },
  replay_failed: {
    en: 'The decisions in this hand-in do not replay on its round.',
    zh: '这份提交中的决策无法在本轮重放。',
  },
  unfinished: {
    en: 'This hand-in stops before the end of its round; play the round to its last day.',
    zh: '这份提交在本轮结束前就停止了；请把本轮玩到最后一天。',
  },
  level_changed: {
    en: 'This class market was made on a different version of its stage, so it cannot be cleared here.',
    zh: '这场课堂对抗赛基于另一个版本的关卡创建，因此无法在这里结算。',
  },
  old_brief: {
    en: 'This brief was made by an earlier version of the class market, before briefs were sealed; ask your trainer to send this round’s brief link again.',
    zh: '这份任务链接由旧版课堂对抗赛生成，当时的任务链接还没有校验封记；请让培训师重新发送本轮的任务链接。',
  },
  brief_tampered: {
    en: 'This brief’s figures do not match its seal: your shop or the market was changed after the trainer made it. Open the brief link exactly as the trainer sent it.',
    zh: '这份任务链接中的数据与封记不符：培训师生成之后，店铺或市场数据被改动过。请打开培训师发来的原始链接。',
  },
  stale_brief: {
    en: 'This brief is for an earlier round than one you have already opened or handed in for this class; open the newest brief link your trainer sent.',
    zh: '这份任务链接属于较早的一轮，而你在本班已经打开或提交过更新的一轮；请打开培训师最新发来的任务链接。',
  },
  brief_other_class: {
    en: 'This link belongs to a different class market than the brief open here, so it was not opened; use the links of this class.',
    zh: '这个链接属于另一场课堂对抗赛，与当前打开的任务不是同一个班，因此没有打开；请使用本班的链接。',
  },
};

/** The share links' own sentences, in both languages, for the envelope problems round links share. */
const LINK_TEXT: Partial<Record<LinkReason, LocalText>> = {
  empty: { en: 'The link is empty.', zh: '链接是空的。' },
  too_long: {
    en: 'The link is longer than any link the game makes, so it was not opened.',
    zh: '这个链接比游戏生成的任何链接都长，因此没有打开。',
  },
  bad_characters: {
    en: 'The link contains characters that a Four Stages link never has, so it was changed on the way.',
    zh: '链接中含有四段式链接从不使用的字符，说明它在传递中被改动了。',
  },
  truncated: {
    en: 'The link is cut off; copy the whole link and try again.',
    zh: '链接不完整；请复制完整链接后重试。',
  },
  format_version: {
    en: 'This link was made by a different version of the game, whose link format this page cannot read.',
    zh: '这个链接由另一个版本的游戏生成，本页面无法读取其格式。',
  },
  rules_older: {
    en: 'This link was made with an earlier version of the rules: it can no longer be verified.',
    zh: '这个链接是用较早版本的规则完成的：它已无法再被核验。',
  },
  rules_newer: {
    en: 'This link was made with a newer version of the game: reload to update.',
    zh: '这个链接是用较新版本的游戏生成的：请刷新页面以更新。',
  },
};

const DAMAGED: LocalText = {
  en: 'The link is damaged: some characters were changed, added or lost on the way.',
  zh: '链接已损坏：有字符在传递中被修改、增加或丢失。',
};

export type RoundProblem = RoundReason | LinkReason;

export interface RoundFailure {
  ok: false;
  reason: RoundProblem;
  message: LocalText;
  /** The seat or line the problem is about, where there is one. */
  seat?: number;
}

export function roundMessage(reason: RoundProblem): LocalText {
  if ((ROUND_REASONS as readonly string[]).includes(reason)) {
    return ROUND_MESSAGES[reason as RoundReason];
  }
  return LINK_TEXT[reason as LinkReason] ?? DAMAGED;
}

export function roundFailure(reason: RoundProblem, seat?: number): RoundFailure {
  const failure: RoundFailure = { ok: false, reason, message: roundMessage(reason) };
  if (seat !== undefined) failure.seat = seat;
  return failure;
}

import type { Level, Levers } from '../../sim';
import { sanitizeName } from '../../share/names';
import type { GameState } from '../../store/gameStore';
import { formatBp } from '../format';
import { currentLanguage, t, type MessageKey } from '../i18n';
import { orderedLevels } from './common';

/** One default a lever had before the trainer changed it, and the stages (by number) that had it. */
export interface LeverDefault {
  value: number;
  stageOrders: number[];
}

/** A lever the session sets, against the defaults of the stages it opens. */
export interface SessionLever {
  lever: keyof Levers;
  value: number;
  /**
   * The stages' own values that differ from the session's, grouped by value in stage order.
   * Empty when every stage already had the session's value: the trainer set it, nothing moved.
   */
  changedFrom: LeverDefault[];
  /** How many of the session's stages the lever applies to; tells "all of them" apart. */
  stageCount: number;
}

export interface MapSession {
  /** The trainer's name for the session, cleaned; '' when it has none. Cut only on screen. */
  name: string;
  levers: SessionLever[];
}

/** The session's levers in the order the trainer page lists them. */
const LEVER_ORDER: readonly (keyof Levers)[] = [
  'commissionBp',
  'paymentFeeBp',
  'cpcScaleBp',
  'returnRateScaleBp',
  'detectionStrictnessBp',
  'settlementDays',
];

/** Session names get more room than a table cell on the map, where the name is the header's title. */
export const SESSION_NAME_GRAPHEMES = 32;

/**
 * The session a trainer's link opened, or null outside one. The defaults come from the levels as
 * shipped (`share.levels`), because `state.levels` already holds the session's levered copies.
 * The name arrived in a link: it is cleaned again here so no screen depends on the decoder having
 * done it.
 */
export function mapSessionView(state: GameState): MapSession | null {
  const { sessionName, levers, levels: shipped } = state.share;
  if (sessionName === null) return null;
  const stages: Level[] = orderedLevels(state).flatMap((level) => {
    const base = shipped[level.id];
    return base ? [base] : [];
  });
  const out: SessionLever[] = [];
  for (const lever of LEVER_ORDER) {
    const value = levers[lever];
    if (value === undefined) continue;
    const changedFrom: LeverDefault[] = [];
    for (const level of stages) {
      const own = level.levers[lever];
      if (own === value) continue;
      const group = changedFrom.find((d) => d.value === own);
      if (group) group.stageOrders.push(level.order);
      else changedFrom.push({ value: own, stageOrders: [level.order] });
    }
    out.push({ lever, value, changedFrom, stageCount: stages.length });
  }
  return { name: sanitizeName(sessionName, ''), levers: out };
}

const LABELS: Readonly<Record<keyof Levers, MessageKey>> = {
  commissionBp: 'mapSession.lever.commission',
  paymentFeeBp: 'mapSession.lever.paymentFee',
  cpcScaleBp: 'mapSession.lever.cpcScale',
  returnRateScaleBp: 'mapSession.lever.returnRate',
  detectionStrictnessBp: 'mapSession.lever.detection',
  settlementDays: 'mapSession.lever.settlement',
};

/** A lever's value as the trainer page asks for it: a rate, a share of normal, or days. */
export function leverValueText(lever: keyof Levers, value: number): string {
  if (lever === 'settlementDays') {
    return t(value === 1 ? 'mapSession.day' : 'mapSession.days', { days: value });
  }
  return formatBp(value);
}

function stageList(orders: readonly number[]): string {
  return orders.join(currentLanguage() === 'zh' ? '、' : ', ');
}

/**
 * One line a lever: "Platform commission 5% → 8%". When the session's stages had different
 * values, each old value names its stages ("5% (stages 1, 2, 3)") unless it covers them all.
 */
export function sessionLeverText(item: SessionLever): string {
  const lever = t(LABELS[item.lever]);
  const to = leverValueText(item.lever, item.value);
  if (item.changedFrom.length === 0) return t('mapSession.leverSame', { lever, value: to });
  const wholeSession =
    item.changedFrom.length === 1 && item.changedFrom[0]?.stageOrders.length === item.stageCount;
  const from = item.changedFrom
    .map((d) => {
      const value = leverValueText(item.lever, d.value);
      if (wholeSession) return value;
      const key = d.stageOrders.length === 1 ? 'mapSession.inStage' : 'mapSession.inStages';
      return t(key, { value, stages: stageList(d.stageOrders) });
    })
    .join(currentLanguage() === 'zh' ? '，' : ', ');
  return t('mapSession.leverChanged', { lever, from, to });
}

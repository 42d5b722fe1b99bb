import type { Level, StageSummary } from '../../sim';
import type { GameState } from '../../store/gameStore';
import type { MessageKey } from '../i18n';

/**
 * Which text tells the lesson or the intro, chosen from the run's own facts so it never says
 * what the run just disproved: a level's own text where it fits the run, otherwise a catalogue
 * text written for the other case.
 */
export type StoryText = { kind: 'level' } | { kind: 'key'; key: MessageKey };

function adsSpent(summary: StageSummary): boolean {
  return summary.waterfall.some((w) => w.line === 'ads' && w.amount < 0);
}

/** Stage 1's lesson says paid clicks cost more than they bring: not after a profitable run. */
export function lessonText(level: Level, summary: StageSummary): StoryText {
  if (level.id === 'traffic' && summary.netProfit > 0 && adsSpent(summary)) {
    return { kind: 'key', key: 'lesson.traffic.adsPaid' };
  }
  return { kind: 'level' };
}

/** Stage 2's intro opens with "Traffic did not pay": not when the player's Stage 1 did. */
export function introText(state: GameState, level: Level): StoryText {
  const traffic = state.results.traffic;
  if (level.id === 'product' && traffic !== undefined && traffic.netProfit > 0) {
    return { kind: 'key', key: 'intro.product.afterProfit' };
  }
  return { kind: 'level' };
}

import { formatCount } from './format';
import { t } from './i18n';

/**
 * Penalties in the platform's own unit, points, beside how many times the shop was caught: the
 * one wording every debrief, summary and leaderboard uses ("12 points from 2 catches").
 */
export function penaltyWords(points: number, catches: number): string {
  if (points === 0 && catches === 0) return t('penalty.none');
  const params = { points: formatCount(points), catches: formatCount(catches) };
  return catches === 1 ? t('penalty.wordingOneCatch', params) : t('penalty.wording', params);
}

import { formatBp, formatCount, formatFen } from './format';
import { t, tKey, type MessageParams } from './i18n';
import type { GoalRules } from './views/goals';

/** The thresholds as the catalogue's star and goal messages quote them. */
export function goalParams(rules: GoalRules): MessageParams {
  return {
    target: formatCount(rules.targetOrders),
    orders: formatCount(rules.targetOrders),
    days: rules.days,
    profit: formatFen(rules.profitTargetFen),
    trendFit: formatBp(rules.trendFitBp),
    sellThrough: formatBp(rules.sellThroughBp),
    margin: formatBp(rules.escapeMarginBp),
  };
}

export function passRuleText(rules: GoalRules): string {
  const params = goalParams(rules);
  return rules.pass === 'finish' ? t('intro.goalFinish', params) : t('intro.goal', params);
}

export function starScoringText(rules: GoalRules): string {
  return rules.escapeGatesStars ? t('intro.starsHowEscape') : t('intro.starsHow');
}

export function starRuleText(rules: GoalRules, rule: string): string {
  return tKey(`star.${rule}`, goalParams(rules));
}

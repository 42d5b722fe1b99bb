import './hud.css';
import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { keepOnScreen } from '../kit/glossary';
import { formatBp, formatCount } from '../../present/format';
import { passRuleText, starRuleText, starScoringText } from '../../present/goalText';
import { t } from '../../present/i18n';
import { goalProgress } from '../../present/views/goals';

/**
 * The dashboard's goal: progress on the pass rule, and a button that lays out every pass and
 * star rule with its threshold, each marked kept so far, missed, or decided at the end.
 */
export function createGoalsFigure() {
  const value = el('dd', { class: 'hud-value' });
  const rules = el('div', { class: 'goals-rules', id: 'hud-goals-rules', hidden: true });
  const toggle = el('button', {
    type: 'button',
    class: 'glossary-button goals-toggle',
    'aria-label': t('goals.show'),
    'aria-expanded': 'false',
    'aria-controls': rules.id,
    text: '★',
  });
  const open = (next: boolean) => {
    rules.hidden = !next;
    toggle.setAttribute('aria-expanded', String(next));
    if (next) keepOnScreen(rules);
  };
  toggle.addEventListener('click', () => open(rules.hidden));
  toggle.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !rules.hidden) {
      event.stopPropagation();
      open(false);
    }
  });
  const label = el('dt', { class: 'hud-label', text: t('goals.label') }, [toggle]);
  const root = el('div', { class: 'hud-figure hud-goals' }, [label, value, rules]);
  let key = '';

  function update(state: GameState): void {
    const progress = goalProgress(state);
    root.hidden = progress === null;
    if (!progress) return;
    const nextKey = JSON.stringify(progress);
    if (nextKey === key) return;
    key = nextKey;
    const { rules: goal } = progress;
    const main =
      goal.pass === 'orders'
        ? t('goals.orders', {
            orders: formatCount(progress.orders),
            target: formatCount(goal.targetOrders),
          })
        : t('goals.escape', { margin: formatBp(goal.escapeMarginBp) });
    setText(value, main);
    rules.replaceChildren(
      el('p', { class: 'goals-pass', text: passRuleText(goal) }),
      el('p', { class: 'hint', text: starScoringText(goal) }),
      el(
        'ul',
        { class: 'goals-stars' },
        goal.stars.map((rule) => {
          const kept = progress.kept[rule];
          const state = kept === true ? 'kept' : kept === false ? 'broken' : 'atEnd';
          return el('li', { 'data-state': state }, [
            el('span', { class: 'goals-rule', text: starRuleText(goal, rule) }),
            el('span', { class: 'goals-state', text: t(`goals.${state}`) }),
          ]);
        }),
      ),
    );
  }

  return { root, update };
}

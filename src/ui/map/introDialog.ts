import type { GameState, GameStoreApi } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { passRuleText, starRuleText, starScoringText } from '../../present/goalText';
import { local, t } from '../../present/i18n';
import { createModal } from '../kit/modal';
import { goalRules } from '../../present/views/goals';

/** The story card of a stage: the essay's setup, the goal, the stars, and the way in. */
export function createIntroDialog(store: GameStoreApi) {
  const close = () => store.getState().openIntro(null);
  const heading = el('h2');
  const story = el('p', { class: 'intro-story' });
  const goal = el('p', { class: 'intro-goal' });
  const scoring = el('p', { class: 'intro-scoring' });
  const stars = el('ul', { class: 'intro-stars' });
  const start = el('button', { type: 'button', class: 'btn btn-primary btn-large' });
  const restart = el('button', { type: 'button', class: 'btn', text: t('intro.restart') });
  const back = el('button', { type: 'button', class: 'btn btn-ghost', text: t('intro.close') });
  const modal = createModal({ className: 'intro-dialog', heading, onEscape: close });
  modal.panel.append(
    heading,
    story,
    goal,
    el('h3', { text: t('intro.stars') }),
    scoring,
    stars,
    el('div', { class: 'dialog-buttons' }, [start, restart, back]),
  );
  back.addEventListener('click', close);
  let stage: GameState['ui']['introStage'] = null;
  let resumable = false;

  const open = (fresh: boolean) => {
    const s = store.getState();
    if (!stage) return;
    if (fresh || !resumable) s.startStage(stage);
    s.showScreen('shop');
  };
  start.addEventListener('click', () => open(false));
  restart.addEventListener('click', () => open(true));

  return {
    root: modal.root,
    update(state: GameState) {
      const id = state.ui.screen === 'map' ? state.ui.introStage : null;
      const level = id ? state.levels[id] : undefined;
      if (!id || !level) {
        stage = null;
        modal.close();
        return;
      }
      if (id === stage && modal.isOpen()) return;
      stage = id;
      resumable = state.run?.stage === id && state.run.sim.outcome === 'running';
      setText(heading, local(level.title));
      setText(story, local(level.intro));
      const rules = goalRules(level);
      setText(goal, passRuleText(rules));
      setText(scoring, starScoringText(rules));
      stars.replaceChildren(
        ...rules.stars.map((rule) => el('li', { text: starRuleText(rules, rule) })),
      );
      setText(start, resumable ? t('intro.resume') : t('intro.start'));
      restart.hidden = !resumable;
      modal.open(start);
    },
  };
}

import { introText } from '../../present/views/story';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { askConfirm } from '../kit/confirm';
import { runInProgress } from '../../present/confirmTexts';
import { el, setText } from '../kit/dom';
import { passRuleText, starRuleText, starScoringText } from '../../present/goalText';
import { local, t } from '../../present/i18n';
import { createModal } from '../kit/modal';
import { goalRules } from '../../present/views/goals';

/** The story card of a stage: the essay's setup, the goal, the stars, and the way in. */
export function createIntroDialog(store: GameStoreApi, exportSave: (() => void) | null = null) {
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

  /** Opens the stage's run in progress (kept while another stage was played), or a fresh one. */
  const open = () => {
    const s = store.getState();
    if (!stage) return;
    if (!s.resumeStage(stage)) s.startStage(stage);
    s.showScreen('shop');
  };
  /** Starting over throws the run in progress away: asked first, over the closed intro card. */
  const startOver = () => {
    const id = stage;
    const state = store.getState();
    const level = id ? state.levels[id] : undefined;
    const run = id ? runInProgress(state, id) : null;
    if (!id || !level || !run) return;
    const host = modal.root.parentElement ?? document.body;
    close();
    void askConfirm(host, {
      heading: t('confirm.startOver.heading', { stage: local(level.title) }),
      loses: t('confirm.startOver.loses', { day: run.sim.day, days: run.sim.days }),
      confirmLabel: t('confirm.startOver.confirm'),
      keepLabel: t('confirm.startOver.keep'),
      keepCopy: exportSave ? { label: t('save.export'), action: exportSave } : null,
    }).then((confirmed) => {
      if (confirmed) {
        store.getState().startStage(id);
        store.getState().showScreen('shop');
      } else if (store.getState().ui.screen === 'map') {
        store.getState().openIntro(id);
      }
    });
  };
  start.addEventListener('click', open);
  restart.addEventListener('click', startOver);

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
      resumable = runInProgress(state, id) !== null;
      setText(heading, local(level.title));
      const intro = introText(state, level);
      setText(story, intro.kind === 'key' ? t(intro.key) : local(level.intro));
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

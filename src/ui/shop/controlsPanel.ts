import './controls.css';
import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { t, tKey } from '../../present/i18n';
import { controlsView, type ShellControl } from '../../present/views/controls';
import { createListingSwitcher } from './listingSwitcher';
import { unitEconomicsView } from '../../present/views/economics';
import { createTeamCard } from './sections/team';
import { createUnitEconomics } from './sections/unitEconomics';
import { SECTION_BUILDERS, type Dispatch, type OpenPanel, type Section } from './sections/index';
import type { SetOrderDraft } from './sections/parts';

/**
 * The decisions column. Which sections show is data: the level's enabledActions, through
 * controlsView; the same shell serves every stage.
 */
export function createControlsPanel(
  dispatch: Dispatch,
  openPanel: OpenPanel,
  setOrderDraft: SetOrderDraft,
) {
  // Several listings (Stage 4): per-listing sections follow the switcher's choice.
  const switcher = createListingSwitcher(() => {
    lastRun = null;
    if (lastState) update(lastState);
  });
  const status = el('p', { class: 'controls-status', role: 'status' });
  const error = el('p', { class: 'controls-error', role: 'alert' });
  const sectionsBox = el('div', { class: 'controls-sections' });
  const economics = createUnitEconomics();
  const team = createTeamCard();
  const root = el('section', { class: 'controls panel', 'aria-label': t('controls.label') }, [
    el('h2', { class: 'visually-hidden', text: t('controls.label') }),
    status,
    error,
    switcher.root,
    economics.root,
    sectionsBox,
    team.root,
  ]);
  let built: { key: string; sections: Section[] } | null = null;
  let lastRun: unknown = null;
  let lastError: unknown = null;
  let lastState: GameState | null = null;

  function update(state: GameState): void {
    lastState = state;
    if (state.ui.lastError !== lastError) {
      lastError = state.ui.lastError;
      setText(error, lastError ? tKey(`error.${String(lastError)}`) : '');
    }
    if (state.run === lastRun) return;
    lastRun = state.run;
    const listingIndex = switcher.update(state);
    const view = controlsView(state, listingIndex);
    economics.update(unitEconomicsView(state, listingIndex));
    if (!view) return;
    team.update(state, view.controls.includes('staff'));
    const key = view.controls.join(',');
    if (!built || built.key !== key) {
      const sections = view.controls.map((c: ShellControl) =>
        SECTION_BUILDERS[c](dispatch, openPanel, setOrderDraft),
      );
      sectionsBox.replaceChildren(...sections.map((s) => s.root));
      built = { key, sections };
    }
    for (const section of built.sections) section.update(view, state);
    const over = state.run?.sim.outcome !== 'running';
    setText(
      status,
      over ? t('controls.over') : view.locked ? t('controls.locked') : t('controls.effect'),
    );
  }

  return { root, update };
}

import { downloadSave, readSaveFile } from '../../platform/saveFile';
import type { Campaign, SaveProblem } from '../../platform/save';
import type { LoadNotice, SaveSlot, SaveStatus } from '../../platform/saveSlot';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { t, type MessageKey } from '../../present/i18n';

export interface SaveToolsOptions {
  store: GameStoreApi;
  slot: SaveSlot;
  campaignOf(state: GameState): Campaign;
  /** What boot found and set aside, said once in the banner. */
  notice: LoadNotice;
}

const PROBLEM_TEXT: Record<SaveProblem, MessageKey> = {
  tooLarge: 'save.import.tooLarge',
  corrupt: 'save.import.corrupt',
  newer: 'save.import.newer',
};
const STATUS_TEXT: Partial<Record<SaveStatus, MessageKey>> = {
  unavailable: 'save.status.unavailable',
  full: 'save.status.full',
  elsewhere: 'save.status.elsewhere',
};

/**
 * Export and import on the title screen, and the banner that says — once per problem — that
 * progress is not being saved, with the export at hand (and "take over" for a second tab).
 */
export function createSaveTools(options: SaveToolsOptions) {
  const { store, slot } = options;
  const exportSave = () => downloadSave(slot.envelope(options.campaignOf(store.getState())));

  const result = el('p', { class: 'hint save-result', role: 'status' });
  const fileInput = el('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    tabindex: '-1',
    'aria-hidden': 'true',
  });
  const exportButton = el('button', { type: 'button', class: 'btn', text: t('save.export') });
  exportButton.title = t('save.exportHint');
  exportButton.addEventListener('click', exportSave);
  const importButton = el('button', { type: 'button', class: 'btn', text: t('save.import') });
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importFile(file);
  });

  /** Nothing in the store or the save changes unless the whole file checks out and replays. */
  async function importFile(file: File): Promise<void> {
    const parsed = await readSaveFile(file);
    if (!parsed.ok) {
      setText(result, t(PROBLEM_TEXT[parsed.problem]));
      return;
    }
    const { seed, results, logs, run } = parsed.save.campaign;
    const state = store.getState();
    if (run) {
      if (!state.restoreRun(run.stage, run.seed, run.log, run.decisions)) {
        setText(result, t('save.import.replays'));
        return;
      }
    } else {
      state.newCampaign(seed);
    }
    store.getState().restoreCampaign(seed, results, logs);
    store.getState().showScreen('title');
    setText(result, t('save.imported'));
  }

  const titleTools = el('div', { class: 'save-tools' }, [
    el('div', { class: 'title-buttons' }, [exportButton, importButton]),
    fileInput,
    result,
  ]);

  // The banner: one sentence, the export, and for a second tab the explicit take-over.
  const message = el('p', { class: 'save-banner-text' });
  const bannerExport = el('button', { type: 'button', class: 'btn', text: t('save.export') });
  bannerExport.addEventListener('click', exportSave);
  const takeOver = el('button', {
    type: 'button',
    class: 'btn btn-primary',
    text: t('save.takeOver'),
  });
  const dismiss = el('button', { type: 'button', class: 'btn', text: t('save.dismiss') });
  const banner = el('div', { class: 'save-banner panel', role: 'status', hidden: true }, [
    message,
    el('div', { class: 'save-banner-buttons' }, [takeOver, bannerExport, dismiss]),
  ]);
  const said = new Set<string>();
  const show = (key: MessageKey, offerTakeOver: boolean) => {
    if (said.has(key)) return;
    said.add(key);
    setText(message, t(key));
    takeOver.hidden = !offerTakeOver;
    banner.hidden = false;
  };
  dismiss.addEventListener('click', () => {
    banner.hidden = true;
  });
  takeOver.addEventListener('click', () => {
    const latest = slot.takeOver();
    if (latest) {
      const s = store.getState();
      if (latest.run)
        s.restoreRun(latest.run.stage, latest.run.seed, latest.run.log, latest.run.decisions);
      else s.newCampaign(latest.seed);
      store.getState().restoreCampaign(latest.seed, latest.results, latest.logs);
      store.getState().showScreen('title');
    }
    banner.hidden = true;
    said.delete('save.status.elsewhere');
  });
  const onStatus = (status: SaveStatus) => {
    const key = STATUS_TEXT[status];
    if (key) show(key, status === 'elsewhere');
    // Pause a game that can no longer save here, so the two tabs do not drift apart.
    if (status === 'elsewhere') store.getState().setSpeed(0);
  };
  slot.onStatus(onStatus);
  onStatus(slot.status());
  if (options.notice)
    show(options.notice === 'newer' ? 'save.notice.newer' : 'save.notice.quarantined', false);

  return { titleTools, banner };
}

import type { PersistenceCheck } from '../../platform/persist';
import { downloadDamagedSave, downloadSave, readSaveFile } from '../../platform/saveFile';
import type { Campaign, SaveProblem } from '../../platform/save';
import type { SaveSlot, SaveStatus } from '../../platform/saveSlot';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { restoreSavedCampaign } from '../../store/savedCampaign';
import { el, setText } from '../kit/dom';
import { t, type MessageKey } from '../../present/i18n';

export interface SaveToolsOptions {
  store: GameStoreApi;
  slot: SaveSlot;
  campaignOf(state: GameState): Campaign;
  /** Told when the player dismisses the warning that the browser may clear saves. */
  persistence: Pick<PersistenceCheck, 'dismiss'>;
}

const PROBLEM_TEXT: Record<SaveProblem, MessageKey> = {
  tooLarge: 'save.import.tooLarge',
  corrupt: 'save.import.corrupt',
  newer: 'save.import.newer',
  checksum: 'save.import.checksum',
};
const STATUS_TEXT: Partial<Record<SaveStatus, MessageKey>> = {
  unavailable: 'save.status.unavailable',
  full: 'save.status.full',
  elsewhere: 'save.status.elsewhere',
};

/**
 * Export and import on the title screen, and the banner that says — once per problem — that
 * progress is not being saved, with the export at hand (and "take over" for a second tab).
 * On the title screen too: a damaged save kept aside, to download, shown on every visit until
 * dismissed; and a newer version's save, which is never played over (reload to update).
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
    if (!restoreSavedCampaign(store, parsed.save.campaign, true)) {
      setText(result, t('save.import.replays'));
      return;
    }
    // Importing is asking for that campaign: a newer version's save gives way to it, kept aside.
    slot.replaceNewer();
    updateNewer();
    store.getState().showScreen('title');
    setText(result, t('save.imported'));
  }

  // A damaged save kept aside: download it as found, or dismiss it for good.
  const damagedText = el('p', { class: 'save-notice-text', text: t('save.notice.quarantined') });
  const downloadDamaged = el('button', {
    type: 'button',
    class: 'btn',
    text: t('save.downloadDamaged'),
  });
  const dismissDamaged = el('button', { type: 'button', class: 'btn', text: t('save.dismiss') });
  const damagedNotice = el('div', { class: 'save-notice', role: 'status', hidden: true }, [
    damagedText,
    el('div', { class: 'title-buttons' }, [downloadDamaged, dismissDamaged]),
  ]);
  const updateDamaged = () => {
    damagedNotice.hidden = slot.damaged().length === 0;
  };
  downloadDamaged.addEventListener('click', () => {
    const newest = slot.damaged().at(-1);
    if (newest) downloadDamagedSave(newest.key, newest.text);
  });
  dismissDamaged.addEventListener('click', () => {
    for (const copy of slot.damaged()) slot.dismissDamaged(copy.key);
    updateDamaged();
  });
  updateDamaged();

  // The browser would not promise to keep saves: said on the title card until dismissed, just
  // above the "Export save" button it points to.
  const persistDismiss = el('button', { type: 'button', class: 'btn', text: t('save.dismiss') });
  const persistNotice = el('div', { class: 'save-notice', role: 'status', hidden: true }, [
    el('p', { class: 'save-notice-text', text: t('save.persistRefused') }),
    el('div', { class: 'title-buttons' }, [persistDismiss]),
  ]);
  persistDismiss.addEventListener('click', () => {
    persistNotice.hidden = true;
    options.persistence.dismiss();
  });

  // A newer version's save stays in the slot: the one way on is a reload, which updates.
  const reload = el('button', { type: 'button', class: 'btn btn-primary', text: t('save.reload') });
  reload.addEventListener('click', () => window.location.reload());
  const newerNotice = el('div', { class: 'save-notice', role: 'alert', hidden: true }, [
    el('p', { class: 'save-notice-text', text: t('save.notice.newer') }),
    el('div', { class: 'title-buttons' }, [reload]),
  ]);
  function updateNewer(): void {
    newerNotice.hidden = slot.status() !== 'newer';
  }
  updateNewer();

  const titleTools = el('div', { class: 'save-tools' }, [
    newerNotice,
    damagedNotice,
    persistNotice,
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
      restoreSavedCampaign(store, latest, false);
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
    updateNewer();
  };
  slot.onStatus(onStatus);
  onStatus(slot.status());

  return {
    titleTools,
    banner,
    exportSave,
    /**
     * Asks for a fresh campaign over a newer version's save: moves it aside, kept. False when
     * it could not be moved, so the fresh campaign would not be saved.
     */
    replaceNewer() {
      const moved = slot.replaceNewer();
      updateNewer();
      return moved;
    },
    isNewer: () => slot.status() === 'newer',
    /** The browser would not promise to keep saves: the title says so, with the export. */
    persistRefused() {
      persistNotice.hidden = false;
    },
  };
}

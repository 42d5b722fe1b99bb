import '../pages.css';
import type { LevelSet } from '../../share';
import type { Level } from '../../sim';
import { askConfirm } from '../../ui/kit/confirm';
import { el } from '../../ui/kit/dom';
import { t } from '../../present/i18n';
import { pageBase } from '../../ui/debrief/shareDialog';
import {
  buildBoard,
  setupGroups,
  type BadLine,
  type BoardEntry,
  type Verified,
} from '../../classroom/board';
import { MAX_FILE_BYTES, MAX_LINES } from '../../classroom/linesIn';
import { verifyPasted } from '../../classroom/verifyMany';
import { boardCsv } from '../../classroom/csv';
import { costliest, playedStages, type LargestCost } from '../../classroom/largestCost';
import { attributeOffThread } from '../../ui/debrief/attributionClient';
import { downloadText } from '../../platform/download';
import { classCharts } from './classCharts';
import { loadHandIns, saveHandIns } from './dashboardStorage';
import { badLinesList, otherLevelList } from './leaderboard';
import { setupSections } from './setupNotes';
import { studentDetail } from './studentDetail';

/**
 * The class dashboard (#dashboard): hand-ins pasted or dropped in, each verified by replay, a
 * leaderboard by net profit, class charts, one student's details, and a CSV for grading.
 */
export function showDashboard(root: HTMLElement, shipped: readonly Level[]): void {
  const levels: LevelSet = Object.fromEntries(shipped.map((l) => [l.id, l]));
  let handIns: string[] = [];
  let verified: Verified[] = [];
  let bad: BadLine[] = [];
  let otherLevel: BadLine[] = [];
  /** Lines read so far, kept or not: they number the next paste's lines. */
  let total = 0;
  let board: BoardEntry[] = [];

  const paste = el('textarea', { id: 'handins', rows: 6, spellcheck: 'false' });
  const file = el('input', {
    id: 'handins-file',
    type: 'file',
    accept: '.txt,.csv,text/plain,text/csv',
  });
  const add = el('button', { type: 'button', class: 'btn btn-primary', text: t('class.add') });
  const clear = el('button', { type: 'button', class: 'btn btn-ghost', text: t('class.clear') });
  const progress = el('progress', {
    max: 1,
    value: 0,
    hidden: true,
    'aria-label': t('class.progress'),
  });
  const status = el('p', { class: 'class-status', role: 'status' });
  const storageNote = el('p', { class: 'form-error', role: 'alert' });
  const results = el('div', { class: 'class-results' });
  const charts = el('div', { class: 'charts class-charts' });
  const detail = el('div', { class: 'class-detail' });
  const exportCsv = el('button', { type: 'button', class: 'btn', text: t('class.export') });
  const csvStatus = el('p', { class: 'hint', role: 'status' });
  /** Each student's costliest decision, by link: weighed once, however often the CSV is made. */
  const weighed = new Map<string, LargestCost | null>();
  /**
   * The CSV with each student's costliest decision, weighed as their debrief does (one replay per
   * decision, seconds for a busy campaign): in the debrief's worker, a stage at a time.
   */
  const downloadCsv = async () => {
    exportCsv.disabled = true;
    const entries = board;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i] as BoardEntry;
      if (weighed.has(entry.link)) continue;
      csvStatus.textContent = t('csv.preparing', { done: i, total: entries.length });
      const stages = playedStages(entry.result, entry.link, levels);
      const attributions = [];
      for (const { level, seed, log } of stages) {
        attributions.push({ level, attribution: await attributeOffThread(level, seed, log) });
      }
      weighed.set(entry.link, costliest(attributions));
    }
    csvStatus.textContent = '';
    exportCsv.disabled = false;
    downloadText(
      'four-stages-class.csv',
      boardCsv(entries, (entry) => weighed.get(entry.link) ?? null),
      'text/csv',
    );
  };
  exportCsv.addEventListener('click', () => void downloadCsv());

  const render = () => {
    board = buildBoard(verified);
    const merged = board.reduce((n, e) => n + e.duplicates, 0);
    const aside = board.reduce((n, e) => n + e.setAside, 0);
    status.textContent = t('class.summary', {
      good: board.length,
      bad: bad.length + otherLevel.length,
      total,
    });
    const parts: HTMLElement[] = [];
    if (merged + aside > 0)
      parts.push(el('p', { class: 'merge-note', text: t('class.mergeNote', { merged, aside }) }));
    const groups = setupGroups(board);
    if (board.length > 0)
      parts.push(
        ...setupSections(groups, openStudent),
        el('div', { class: 'share-actions' }, [exportCsv, csvStatus]),
      );
    if (otherLevel.length > 0) parts.push(otherLevelList(otherLevel));
    if (bad.length > 0) parts.push(badLinesList(bad));
    results.replaceChildren(...parts);
    // The charts describe one market: the class's setup only (the first group).
    const classEntries = groups[0]?.entries ?? [];
    charts.replaceChildren(
      ...(classEntries.length > 0 ? classCharts(classEntries, charts.clientWidth || 900) : []),
    );
    detail.replaceChildren();
  };

  const openStudent = (entry: BoardEntry) => {
    detail.replaceChildren(studentDetail(entry, levels, detail.clientWidth || 900));
    detail.querySelector<HTMLElement>('#student-h')?.focus();
  };

  const addText = async (text: string) => {
    const limit = Math.max(0, MAX_LINES - total);
    if (text.trim() === '' || limit === 0) {
      status.textContent = t('class.nothingToAdd');
      return;
    }
    add.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    // The text is scanned for links where the replays run (the worker, for a long paste).
    const checked = await verifyPasted(
      { text, firstLine: total + 1, limit },
      levels,
      (done, all) => {
        progress.max = all;
        progress.value = done;
        status.textContent = t('class.verifying', { done, total: all });
      },
    );
    progress.hidden = true;
    add.disabled = false;
    const found = checked.verified.length + checked.bad.length + checked.otherLevel.length;
    if (found === 0) {
      status.textContent = t('class.nothingToAdd');
      return;
    }
    total += found;
    // Where the replays ran ("worker" for many links, "page" for a few): visible to tests.
    status.dataset['verifiedIn'] = checked.where;
    verified = [...verified, ...checked.verified];
    bad = [...bad, ...checked.bad];
    otherLevel = [...otherLevel, ...checked.otherLevel];
    // Only links that were read are kept: a verified one or one from another level version.
    // Junk lines and damaged links are shown once and not stored.
    handIns = [
      ...handIns,
      ...checked.verified.map((v) => v.link),
      ...checked.otherLevel.map((o) => o.text),
    ];
    storageNote.textContent = saveHandIns(handIns) ? '' : t('class.notSaved');
    render();
  };

  add.addEventListener('click', () => {
    const text = paste.value;
    paste.value = '';
    void addText(text);
  });
  const clearAll = () => {
    handIns = [];
    verified = [];
    bad = [];
    otherLevel = [];
    total = 0;
    storageNote.textContent = saveHandIns(handIns) ? '' : t('class.notSaved');
    render();
  };
  // Clearing throws every hand-in away: asked first, with the CSV offered while there is one.
  clear.addEventListener('click', () => {
    if (handIns.length === 0) return;
    void askConfirm(root, {
      heading: t('confirm.clearClass.heading'),
      loses: t('confirm.clearClass.loses', { count: handIns.length }),
      confirmLabel: t('confirm.clearClass.confirm'),
      keepLabel: t('confirm.clearClass.keep'),
      keepCopy:
        board.length > 0
          ? {
              label: t('class.export'),
              action: () => void downloadCsv(),
            }
          : null,
    }).then((confirmed) => {
      if (confirmed) clearAll();
    });
  });
  const readFile = (chosen: File | undefined) => {
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      status.textContent = t('class.fileTooLarge', { max: MAX_FILE_BYTES / 1024 });
      return;
    }
    chosen.text().then(
      (text) => addText(text),
      () => {
        status.textContent = t('class.fileUnreadable');
      },
    );
  };
  file.addEventListener('change', () => {
    readFile(file.files?.[0]);
    file.value = '';
  });
  const drop = el('section', { class: 'class-input panel', 'aria-labelledby': 'class-input-h' }, [
    el('h2', { id: 'class-input-h', text: t('class.inputHeading') }),
    el('label', { for: 'handins', text: t('class.pasteLabel') }),
    paste,
    el('div', { class: 'link-row' }, [
      el('label', { for: 'handins-file', class: 'file-label', text: t('class.fileLabel') }),
      file,
    ]),
    el('div', { class: 'share-actions' }, [add, clear]),
    progress,
    status,
    storageNote,
    el('p', { class: 'hint', text: t('class.mergeRule') }),
    el('p', { class: 'hint', text: t('class.setupRule') }),
  ]);
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('drop-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('drop-over'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('drop-over');
    readFile(event.dataTransfer?.files[0]);
  });

  root.replaceChildren(
    el('div', { class: 'page page-dashboard' }, [
      el('nav', { class: 'page-nav', 'aria-label': t('trainer.nav') }, [
        el('a', { class: 'btn btn-ghost', href: pageBase(), text: t('score.openGame') }),
        el('a', { class: 'btn', href: '#trainer', text: t('class.toTrainer') }),
      ]),
      el('h1', { id: 'dashboard-h', tabindex: '-1', text: t('class.heading') }),
      drop,
      results,
      el('section', { class: 'class-charts-section', 'aria-labelledby': 'charts-h' }, [
        el('h2', { id: 'charts-h', text: t('class.chartsHeading') }),
        charts,
      ]),
      detail,
    ]),
  );
  root.querySelector<HTMLElement>('#dashboard-h')?.focus();
  const stored = loadHandIns();
  if (!stored.ok) storageNote.textContent = t('class.storageCorrupt');
  if (stored.links.length > 0) void addText(stored.links.join('\n'));
  else render();
}

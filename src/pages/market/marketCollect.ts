import { clearInWorker } from '../../classroom/marketClear';
import {
  EMPTY_DESK,
  deadlineOf,
  handInMarks,
  isLate,
  linesToClear,
  restamp,
  withDeadline,
  type MarketDesk,
} from '../../classroom/marketDesk';
import type { LineFailure } from '../../share/roundClass';
import { decodeClassLink, decodeHandInLink } from '../../share/roundLinks';
import { local, t } from '../../present/i18n';
import type { Level } from '../../sim';
import type { ClassMarketSpec, ClearProgress } from '../../sim/classMarket';
import { el } from '../../ui/kit/dom';
import { pageBase } from '../../ui/debrief/shareDialog';
import { cameraPanel } from './marketCamera';
import { deadlineMinute, field } from './marketFields';
import type { Shown } from './marketResults';
import { clockText, type Marks } from './marketStandings';
import { loadDesk, saveDesk } from './marketStorage';

/** Hand-in files hold a class's links; 2 MiB is far beyond 60 seats x 4 rounds. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

function failureText(failure: LineFailure): string {
  const reason = local(failure.message);
  if (failure.line !== undefined)
    return t('classMarket.problemLine', { line: failure.line, reason });
  if (failure.seat !== undefined)
    return t('classMarket.problemSeat', { seat: failure.seat, reason });
  return t('classMarket.problem', { reason });
}

function progressText(p: ClearProgress, rounds: number): string {
  const params = { round: p.round, rounds, done: p.done, total: p.total };
  return t(`classMarket.progress.${p.pass}`, params);
}

export interface CollectPanel {
  form: HTMLElement;
  /** A class just created on this page: its link, round 1's deadline, a fresh desk. */
  adopt(classLink: string, firstDeadlineMinute: number): void;
}

/**
 * Collecting and clearing: the class link, the hand-ins (pasted, dropped as a file or scanned
 * by camera), the next round's deadline, and the clearing in a worker with its progress. Every
 * hand-in is stamped with this page's clock when it first arrives; the desk (links, stamps,
 * deadlines) is kept in this browser so a reload keeps the class and its late marks.
 */
export function collectPanel(
  base: Level,
  show: (shown: Shown | null) => void,
  names: HTMLInputElement,
): CollectPanel {
  const stored = loadDesk();
  let desk: MarketDesk = stored.desk ?? EMPTY_DESK;
  const classField = el('input', { id: 'market-class', type: 'text', spellcheck: 'false' });
  const handIns = el('textarea', { id: 'market-handins', rows: 8, spellcheck: 'false' });
  const deadline = el('input', { id: 'market-deadline', type: 'datetime-local' });
  const countLate = el('input', { id: 'market-count-late', type: 'checkbox' });
  const deadlines = el('p', { class: 'hint market-deadlines' });
  const saved = el('p', { class: 'hint market-saved', role: 'status' });
  const status = el('p', { class: 'class-status', role: 'status' });
  const bar = el('progress', { class: 'market-progress', max: 1, value: 0, hidden: true });

  const specOf = (): ClassMarketSpec | null => {
    const klass = decodeClassLink(desk.classLink, base);
    return klass.ok ? klass.link.spec : null;
  };
  const showDeadlines = () => {
    const spec = specOf();
    if (spec === null || desk.deadlines.length === 0) {
      deadlines.textContent = t('classMarket.noDeadlines');
      return;
    }
    deadlines.textContent = t('classMarket.deadlines', {
      list: desk.deadlines
        .map((d) =>
          t('classMarket.deadlineOf', { round: d.round, time: clockText(d.minute * 60_000) }),
        )
        .join(' · '),
    });
  };
  const keep = (next: MarketDesk) => {
    desk = next;
    saved.textContent = saveDesk(desk) ? '' : t('classMarket.notSaved');
    showDeadlines();
  };
  const fromField = () => {
    const lines = handIns.value.split(/\r?\n/);
    keep({ ...desk, collected: restamp(desk.collected, lines, Date.now()) });
  };

  classField.value = desk.classLink;
  handIns.value = desk.collected.map((c) => c.text).join('\n');
  countLate.checked = desk.countLate;
  showDeadlines();
  if (!stored.ok) saved.textContent = t('classMarket.notRestored');
  else if (desk.collected.length > 0) {
    status.textContent = t('classMarket.restored', { count: desk.collected.length });
  }

  classField.addEventListener('input', () => keep({ ...desk, classLink: classField.value.trim() }));
  handIns.addEventListener('input', fromField);
  countLate.addEventListener('change', () => keep({ ...desk, countLate: countLate.checked }));
  handIns.addEventListener('dragover', (event) => event.preventDefault());
  handIns.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file === undefined || file.size > MAX_FILE_BYTES) return;
    void file.text().then((text) => {
      handIns.value = `${handIns.value.trimEnd()}\n${text}`.trim();
      fromField();
    });
  });

  /** A scanned code becomes a line of the hand-in field, as if pasted; one sentence says how. */
  const scanned = (text: string): string => {
    const spec = specOf();
    if (spec === null) return t('classMarket.scanNoClass');
    const decoded = decodeHandInLink(text, spec, base);
    if (!decoded.ok) return t('classMarket.scanRefused', { reason: local(decoded.message) });
    const { seat, round } = decoded.link;
    if (desk.collected.some((c) => c.text === text)) {
      return t('classMarket.scanAgain', { seat, round });
    }
    handIns.value = `${handIns.value.trimEnd()}\n${text}`.trim();
    fromField();
    const now = desk.collected.find((c) => c.text === text)?.collectedMs ?? Date.now();
    const late = isLate(now, deadlineOf(desk, round));
    return t(late ? 'classMarket.scanLate' : 'classMarket.scanAdded', {
      seat,
      round,
      time: clockText(now),
    });
  };

  const clearButton = el('button', {
    type: 'submit',
    class: 'btn btn-primary',
    text: t('classMarket.clear'),
  });
  const form = el('form', { class: 'panel market-collect', novalidate: true }, [
    el('h2', { text: t('classMarket.collect') }),
    field('market-class', 'classMarket.classField', classField),
    field('market-handins', 'classMarket.handIns', handIns),
    el('h3', { text: t('classMarket.cameraHeading') }),
    cameraPanel(scanned),
    deadlines,
    el('label', { class: 'check-row', for: 'market-count-late' }, [
      countLate,
      t('classMarket.countLate'),
    ]),
    field('market-deadline', 'classMarket.deadline', deadline),
    el('label', { class: 'check-row', for: 'market-names' }, [names, t('classMarket.showNames')]),
    clearButton,
    bar,
    status,
    saved,
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Whatever is in the fields now is what is cleared: stamp lines typed without an input event.
    keep({ ...desk, classLink: classField.value.trim() });
    fromField();
    const spec = specOf();
    const nextMinute = deadlineMinute(deadline);
    const lines =
      spec === null ? desk.collected.map((c) => c.text) : linesToClear(desk, spec, base);
    const job = {
      classLink: desk.classLink,
      lines,
      options: { deadlineMinute: nextMinute, page: pageBase() },
    };
    clearButton.disabled = true;
    bar.hidden = false;
    bar.value = 0;
    status.textContent = t('classMarket.clearing', { lines: lines.length });
    const rounds = spec?.rounds ?? 1;
    const onProgress = (p: ClearProgress) => {
      // Each round is three passes over the class: alone, in the shared market, refilled.
      const pass = p.pass === 'alone' ? 0 : p.pass === 'split' ? 1 : 2;
      bar.value = Math.min(1, (pass + p.done / Math.max(1, p.total)) / 3);
      status.textContent = progressText(p, rounds);
    };
    void clearInWorker(job, base, onProgress).then(({ result, attributions, where }) => {
      clearButton.disabled = false;
      bar.hidden = true;
      form.dataset.where = where;
      if (!result.ok) {
        status.textContent = failureText(result);
        show(null);
        return;
      }
      const clearing = result.clearing;
      const final = clearing.results[clearing.results.length - 1];
      if (final !== undefined && clearing.nextBriefs.length > 0) {
        keep(withDeadline(desk, final.round + 1, nextMinute));
      }
      const marks: Marks = handInMarks(desk, clearing.spec, base);
      const cleared = t('classMarket.cleared', {
        rounds: clearing.results.length,
        seats: clearing.spec.seats,
      });
      // A deadline already past would mark every hand-in of the next round late.
      const past = nextMinute > 0 && nextMinute < Math.floor(Date.now() / 60_000);
      status.textContent =
        past && clearing.nextBriefs.length > 0
          ? `${cleared} ${t('classMarket.deadlinePast')}`
          : cleared;
      show({ clearing, attributions, marks, desk, where });
    });
  });
  return {
    form,
    adopt(classLink, firstDeadlineMinute) {
      classField.value = classLink;
      handIns.value = '';
      deadline.value = '';
      keep(withDeadline({ ...EMPTY_DESK, classLink }, 1, firstDeadlineMinute));
      status.textContent = '';
    },
  };
}

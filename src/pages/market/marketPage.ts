import '../classroom/classroom.css';
import { clearInWorker } from '../../classroom/marketClear';
import { drawSeed } from '../../platform/launch';
import { csvRow, sanitizeName } from '../../share';
import { roundOneBriefs, type ClassClearing, type LineFailure } from '../../share/roundClass';
import { encodeClassLink } from '../../share/roundLinks';
import { formatFen, formatPrice } from '../../present/format';
import { local, t, type MessageKey } from '../../present/i18n';
import { CLASS_MARKET_LIMITS, type RoundResult } from '../../sim/classMarket';
import type { Level } from '../../sim';
import { el } from '../../ui/kit/dom';
import { linkBox } from '../../ui/kit/linkBox';
import { pageBase } from '../../ui/debrief/shareDialog';

/** Hand-in files hold a class's links; 2 MiB is far beyond 60 seats x 4 rounds. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function numberField(id: string, label: MessageKey, value: number) {
  const input = el('input', { id, type: 'number', step: 1, inputmode: 'numeric' });
  input.value = String(value);
  const row = el('div', { class: 'field' }, [el('label', { for: id, text: t(label) }), input]);
  return { input, row };
}

function readInt(input: HTMLInputElement, field: string, range: { min: number; max: number }) {
  const value = Number(input.value);
  const ok = /^\d{1,3}$/.test(input.value.trim()) && value >= range.min && value <= range.max;
  return ok ? value : t('classMarket.badNumber', { field, min: range.min, max: range.max });
}

function failureText(failure: LineFailure): string {
  const reason = local(failure.message);
  if (failure.line !== undefined)
    return t('classMarket.problemLine', { line: failure.line, reason });
  if (failure.seat !== undefined)
    return t('classMarket.problemSeat', { seat: failure.seat, reason });
  return t('classMarket.problem', { reason });
}

/** Names appear only when the trainer turns them on; otherwise a shop is its seat number. */
function shopName(seat: number, name: string, showNames: boolean): string {
  return showNames && name !== '' ? name : t('classMarket.seat', { seat });
}

const centi = (value: number) =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

const COLUMNS = [
  'classMarket.col.place',
  'classMarket.col.shop',
  'classMarket.col.playedBy',
  'classMarket.col.price',
  'classMarket.col.rank',
  'classMarket.col.velocity',
  'classMarket.col.rating',
  'classMarket.col.complaints',
  'classMarket.col.share',
  'classMarket.col.gmv',
  'classMarket.col.profit',
] as const;

function standingsTable(result: RoundResult, showNames: boolean): HTMLElement {
  const rows = result.standings.map((s) =>
    el('tr', { 'data-seat': s.seat, 'data-profit': s.netProfitFen }, [
      el('td', { text: String(s.place) }),
      el('td', { text: shopName(s.seat, s.name, showNames) }),
      el('td', { text: t(`classMarket.strategy.${s.strategy}`), 'data-strategy': s.strategy }),
      el('td', { text: formatPrice(s.effectivePriceFen) }),
      el('td', { text: String(s.rank) }),
      el('td', { text: centi(s.salesPerDayCenti) }),
      el('td', { text: s.ratingCenti === 0 ? '–' : centi(s.ratingCenti) }),
      el('td', { text: String(s.complaints) }),
      el('td', { text: `${centi(s.shareBp)}%` }),
      el('td', { text: formatFen(s.gmvFen) }),
      el('td', { text: formatFen(s.netProfitFen) }),
    ]),
  );
  return el('table', { class: 'leaderboard market-standings' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        COLUMNS.map((key) => el('th', { scope: 'col', text: t(key) })),
      ),
    ]),
    el('tbody', {}, rows),
  ]);
}

const CSV_HEADER = [
  'round',
  'place',
  'seat',
  'name',
  'playedBy',
  'priceFen',
  'rank',
  'salesPerDayCenti',
  'ratingCenti',
  'complaints',
  'shareBp',
  'orders',
  'gmvFen',
  'netProfitFen',
  'roundHash',
];

function standingsCsv(clearing: ClassClearing): string {
  const lines = [csvRow(CSV_HEADER)];
  for (const r of clearing.results) {
    for (const s of r.standings) {
      lines.push(
        csvRow([
          r.round,
          s.place,
          s.seat,
          s.name,
          s.strategy,
          s.effectivePriceFen,
          s.rank,
          s.salesPerDayCenti,
          s.ratingCenti,
          s.complaints,
          s.shareBp,
          s.orders,
          s.gmvFen,
          s.netProfitFen,
          r.roundHash,
        ]),
      );
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function field(id: string, label: MessageKey, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, [el('label', { for: id, text: t(label) }), control]);
}

/**
 * The class market's trainer page (#market): create a class and its round-1 briefs, then clear
 * the rounds from the class link and every hand-in so far. The links are the class: the same
 * links rebuild it on any machine, and `npm run round` prints the same standings and hashes.
 */
export function showMarketPage(root: HTMLElement, shipped: readonly Level[]): void {
  const base = shipped.find((level) => level.id === 'comprehensive');
  if (base === undefined) return;
  const name = el('input', { id: 'market-name', type: 'text', maxlength: 40 });
  const rounds = numberField('market-rounds', 'classMarket.rounds', 3);
  const days = numberField('market-days', 'classMarket.days', 7);
  const seats = numberField('market-seats', 'classMarket.seats', 30);
  const createErrors = el('div', { class: 'form-error', role: 'alert' });
  const created = el('section', { class: 'trainer-output', 'aria-live': 'polite' });
  const classField = el('input', { id: 'market-class', type: 'text', spellcheck: 'false' });
  const createForm = el('form', { class: 'trainer-form panel', novalidate: true }, [
    el('h1', { id: 'market-h', tabindex: '-1', text: t('classMarket.heading') }),
    el('p', { class: 'hint', text: t('classMarket.intro') }),
    field('market-name', 'classMarket.name', name),
    rounds.row,
    days.row,
    seats.row,
    createErrors,
    el('button', { type: 'submit', class: 'btn btn-primary', text: t('classMarket.create') }),
  ]);
  createForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = [
      readInt(rounds.input, t('classMarket.rounds'), CLASS_MARKET_LIMITS.rounds),
      readInt(days.input, t('classMarket.days'), CLASS_MARKET_LIMITS.daysPerRound),
      readInt(seats.input, t('classMarket.seats'), CLASS_MARKET_LIMITS.seats),
    ];
    const problems = values.filter((v): v is string => typeof v === 'string');
    createErrors.replaceChildren(...problems.map((p) => el('p', { text: p })));
    const [r, d, s] = values;
    if (typeof r !== 'number' || typeof d !== 'number' || typeof s !== 'number') return;
    const spec = {
      classId: drawSeed(),
      name: sanitizeName(name.value, ''),
      seed: drawSeed(),
      rounds: r,
      daysPerRound: d,
      seats: s,
      levers: {},
    };
    const classLink = encodeClassLink(spec, base, pageBase());
    classField.value = classLink;
    const briefs = roundOneBriefs(spec, base, { page: pageBase() });
    created.replaceChildren(
      linkBox(classLink, t('classMarket.classLink'), 160),
      el('h2', { text: t('classMarket.briefs') }),
      ...briefs.map((link, i) => linkBox(link, t('classMarket.seatLink', { seat: i + 1 }), 120)),
    );
  });

  const handIns = el('textarea', { id: 'market-handins', rows: 8, spellcheck: 'false' });
  const deadline = el('input', { id: 'market-deadline', type: 'datetime-local' });
  const names = el('input', { id: 'market-names', type: 'checkbox' });
  const status = el('p', { class: 'class-status', role: 'status' });
  const output = el('section', { class: 'market-output', 'aria-live': 'polite' });
  handIns.addEventListener('dragover', (event) => event.preventDefault());
  handIns.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    if (file === undefined || file.size > MAX_FILE_BYTES) return;
    void file.text().then((text) => {
      handIns.value = `${handIns.value.trimEnd()}\n${text}`.trim();
    });
  });
  const lines = () =>
    handIns.value
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== '');
  let last: ClassClearing | null = null;
  const render = () => {
    const clearing = last;
    const final = clearing?.results[clearing.results.length - 1];
    if (clearing === null || final === undefined) return;
    const csv = el('button', { type: 'button', class: 'btn', text: t('classMarket.csv') });
    csv.addEventListener('click', () =>
      download('class-market.csv', standingsCsv(clearing), 'text/csv'),
    );
    const bundle = el('button', { type: 'button', class: 'btn', text: t('classMarket.bundle') });
    bundle.addEventListener('click', () => {
      const saved = { classLink: classField.value.trim(), handIns: lines(), ...clearing };
      download(`class-market-round-${final.round}.json`, JSON.stringify(saved), 'application/json');
    });
    const next =
      clearing.nextBriefs.length === 0
        ? [el('p', { text: t('classMarket.over') })]
        : [
            el('h2', { text: t('classMarket.next', { round: final.round + 1 }) }),
            ...clearing.nextBriefs.map((link, i) =>
              linkBox(link, t('classMarket.seatLink', { seat: i + 1 }), 120),
            ),
          ];
    output.replaceChildren(
      ...clearing.results.map((r) =>
        el('p', {
          class: 'round-hash',
          'data-hash': r.roundHash,
          text: t('classMarket.roundHash', { round: r.round, hash: r.roundHash }),
        }),
      ),
      el('h2', { text: t('classMarket.standings', { round: final.round }) }),
      standingsTable(final, names.checked),
      el('div', { class: 'share-actions' }, [csv, bundle]),
      ...next,
    );
  };
  names.addEventListener('change', render);
  const clearButton = el('button', {
    type: 'submit',
    class: 'btn btn-primary',
    text: t('classMarket.clear'),
  });
  const clearForm = el('form', { class: 'panel market-collect', novalidate: true }, [
    el('h2', { text: t('classMarket.collect') }),
    field('market-class', 'classMarket.classField', classField),
    field('market-handins', 'classMarket.handIns', handIns),
    field('market-deadline', 'classMarket.deadline', deadline),
    el('label', { class: 'check-row', for: 'market-names' }, [names, t('classMarket.showNames')]),
    clearButton,
    status,
  ]);
  clearForm.addEventListener('submit', (event) => {
    event.preventDefault();
    // The deadline comes from the trainer's clock, here; a student's clock never decides it.
    const ms = deadline.value === '' ? Number.NaN : new Date(deadline.value).getTime();
    const deadlineMinute = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 60_000) : 0;
    clearButton.disabled = true;
    const job = {
      classLink: classField.value.trim(),
      lines: lines(),
      options: { deadlineMinute, page: pageBase() },
    };
    status.textContent = t('classMarket.clearing', { lines: job.lines.length });
    void clearInWorker(job, base).then(({ result, where }) => {
      clearButton.disabled = false;
      output.dataset.where = where;
      if (!result.ok) {
        last = null;
        status.textContent = failureText(result);
        output.replaceChildren();
        return;
      }
      last = result.clearing;
      status.textContent = t('classMarket.cleared', {
        rounds: result.clearing.results.length,
        seats: result.clearing.spec.seats,
      });
      render();
    });
  });

  root.replaceChildren(
    el('div', { class: 'page page-trainer page-market' }, [
      el('nav', { class: 'page-nav', 'aria-label': t('classMarket.nav') }, [
        el('a', { class: 'btn btn-ghost', href: pageBase(), text: t('score.openGame') }),
        el('a', { class: 'btn', href: '#trainer', text: t('trainer.heading') }),
      ]),
      el('div', { class: 'trainer-columns' }, [createForm, created]),
      clearForm,
      output,
    ]),
  );
  root.querySelector<HTMLElement>('#market-h')?.focus();
}

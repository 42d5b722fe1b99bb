import './marketPrint.css';
import { markKey } from '../../classroom/marketDesk';
import { seatRoundLevel, type SeatAttribution } from '../../classroom/marketSheets';
import type { ClassClearing } from '../../share/roundClass';
import { decisionWords } from '../../present/decisionWords';
import { formatFen, formatSignedFen, MINUS } from '../../present/format';
import { t } from '../../present/i18n';
import { waterfallSteps } from '../../present/waterfall';
import type { DecisionEffect, Level } from '../../sim';
import { el } from '../../ui/kit/dom';
import { waterfallChart } from '../../ui/debrief/waterfall';
import { centi, type Marks } from './marketStandings';

/** The decisions a sheet lists: the student's costliest, across every round cleared so far. */
const COSTLIEST = 3;
const PROMPTS = ['marketPrint.prompt1', 'marketPrint.prompt2', 'marketPrint.prompt3'] as const;
const LINES_PER_PROMPT = 4;
const signed = (fen: number) => formatSignedFen(fen);

function roundsTable(clearing: ClassClearing, seat: number, marks: Marks): HTMLElement {
  const rows: HTMLElement[] = [];
  let before: { gmv: number; profit: number; share: number; place: number } | null = null;
  for (const result of clearing.results) {
    const s = result.standings.find((row) => row.seat === seat);
    if (s === undefined) continue;
    const late = marks.get(markKey(result.round, seat))?.late === true;
    const change = (now: number, then: number | undefined, text: (v: number) => string) =>
      then === undefined ? '' : ` (${text(now - then)})`;
    const points = (bp: number) => `${bp < 0 ? MINUS : '+'}${centi(Math.abs(bp))}`;
    // A smaller place is better: the arrow points the way the student moved on the board.
    const moved = (d: number) => (d < 0 ? `▲${-d}` : d > 0 ? `▼${d}` : '=');
    rows.push(
      el('tr', { 'data-round': result.round }, [
        el('th', { scope: 'row', text: t('marketPrint.round', { round: result.round }) }),
        el('td', {
          text: `${t(`classMarket.strategy.${s.strategy}`)}${late ? ` · ${t('marketPrint.late')}` : ''}`,
        }),
        el('td', { text: `${formatFen(s.gmvFen)}${change(s.gmvFen, before?.gmv, signed)}` }),
        el('td', {
          text: `${formatFen(s.netProfitFen)}${change(s.netProfitFen, before?.profit, signed)}`,
        }),
        el('td', { text: `${centi(s.shareBp)}%${change(s.shareBp, before?.share, points)}` }),
        el('td', {
          text: `${t('marketPrint.placeOf', { place: s.place, seats: clearing.spec.seats })}${change(s.place, before?.place, moved)}`,
        }),
      ]),
    );
    before = { gmv: s.gmvFen, profit: s.netProfitFen, share: s.shareBp, place: s.place };
  }
  const heads = [
    'marketPrint.col.round',
    'marketPrint.col.playedBy',
    'marketPrint.col.gmv',
    'marketPrint.col.profit',
    'marketPrint.col.share',
    'marketPrint.col.place',
  ] as const;
  return el('table', { class: 'sheet-rounds' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        heads.map((key) => el('th', { scope: 'col', text: t(key) })),
      ),
    ]),
    el('tbody', {}, rows),
  ]);
}

function costliest(
  clearing: ClassClearing,
  base: Level,
  seat: number,
  attributions: readonly SeatAttribution[],
): HTMLElement {
  const costs: { round: number; effect: DecisionEffect }[] = [];
  for (const a of attributions) {
    if (a.seat !== seat) continue;
    for (const effect of a.attribution.decisions) {
      if (effect.netEffectFen < 0) costs.push({ round: a.round, effect });
    }
  }
  costs.sort((a, b) => a.effect.netEffectFen - b.effect.netEffectFen || a.round - b.round);
  if (costs.length === 0) {
    const handedIn = attributions.some((a) => a.seat === seat);
    return el('p', {
      class: 'sheet-none',
      text: t(handedIn ? 'marketPrint.noCosts' : 'marketPrint.noHandIns'),
    });
  }
  return el(
    'ol',
    { class: 'sheet-costs' },
    costs.slice(0, COSTLIEST).map(({ round, effect }) =>
      el('li', {}, [
        el('span', {
          text: t('marketPrint.cost', {
            round,
            decision: decisionWords(effect.decision, seatRoundLevel(clearing, base, round, seat)),
          }),
        }),
        el('strong', { class: 'num', text: formatSignedFen(effect.netEffectFen) }),
      ]),
    ),
  );
}

function prompts(): HTMLElement {
  return el(
    'ol',
    { class: 'sheet-prompts' },
    PROMPTS.map((key) =>
      el('li', {}, [
        el('p', { text: t(key) }),
        ...Array.from({ length: LINES_PER_PROMPT }, () =>
          el('div', { class: 'write-line', 'aria-hidden': 'true' }),
        ),
      ]),
    ),
  );
}

/** One student's page: their last cleared round's waterfall, their rounds, their costliest calls. */
export function studentSheet(
  clearing: ClassClearing,
  base: Level,
  seat: number,
  attributions: readonly SeatAttribution[],
  marks: Marks,
): HTMLElement {
  const last = clearing.results[clearing.results.length - 1];
  const standing = last?.standings.find((s) => s.seat === seat);
  const name = standing?.name ?? '';
  const lines = (last?.waterfalls[seat - 1] ?? []).map((w) => ({
    line: w.line,
    amountFen: w.amount,
  }));
  const net = formatFen(standing?.netProfitFen ?? 0);
  // The sheet goes to one student: their own name is on it, so it reaches them.
  const title =
    name === '' ? t('marketPrint.titleSeat', { seat }) : t('marketPrint.title', { seat, name });
  return el('article', { class: 'market-sheet', 'data-seat': seat }, [
    el('header', { class: 'sheet-head' }, [
      el('h2', { text: title }),
      el('p', {
        text: t('marketPrint.subtitle', {
          klass: clearing.spec.name === '' ? t('classMarket.heading') : clearing.spec.name,
          round: last?.round ?? 0,
          rounds: clearing.spec.rounds,
        }),
      }),
    ]),
    el('section', { class: 'sheet-waterfall' }, [
      el('h3', { text: t('marketPrint.waterfall', { round: last?.round ?? 0 }) }),
      waterfallChart(
        waterfallSteps(lines),
        t('marketPrint.waterfall', { round: last?.round ?? 0 }),
        t('marketPrint.waterfallDesc', { net }),
      ),
    ]),
    el('section', { class: 'sheet-changes' }, [
      el('h3', { text: t('marketPrint.changes') }),
      roundsTable(clearing, seat, marks),
    ]),
    el('section', { class: 'sheet-decisions' }, [
      el('h3', { text: t('marketPrint.costliest') }),
      el('p', { class: 'hint', text: t('marketPrint.costliestHint') }),
      costliest(clearing, base, seat, attributions),
    ]),
    el('section', { class: 'sheet-reflect' }, [
      el('h3', { text: t('marketPrint.reflect') }),
      prompts(),
    ]),
  ]);
}

/**
 * Every seat's sheet, hidden on screen and printed one to a page. The trainer prints them all
 * at once, or one student's: the section then carries that seat and print CSS shows only it.
 */
export function fillSheets(
  sheets: HTMLElement,
  clearing: ClassClearing,
  base: Level,
  attributions: readonly SeatAttribution[],
  marks: Marks,
): void {
  delete sheets.dataset.printSeat;
  sheets.replaceChildren();
  for (let seat = 1; seat <= clearing.spec.seats; seat++) {
    sheets.append(studentSheet(clearing, base, seat, attributions, marks));
  }
}

/** The print buttons: all sheets, or the chosen seat's alone. */
export function printControls(sheets: HTMLElement, seats: number): HTMLElement {
  const select = el('select', { id: 'market-print-seat' });
  for (let seat = 1; seat <= seats; seat++) {
    select.append(el('option', { value: String(seat), text: t('classMarket.seat', { seat }) }));
  }
  const all = el('button', { type: 'button', class: 'btn', text: t('marketPrint.printAll') });
  const one = el('button', { type: 'button', class: 'btn', text: t('marketPrint.printOne') });
  const done = () => delete sheets.dataset.printSeat;
  all.addEventListener('click', () => {
    done();
    window.print();
  });
  one.addEventListener('click', () => {
    sheets.dataset.printSeat = select.value;
    for (const sheet of sheets.querySelectorAll<HTMLElement>('.market-sheet')) {
      sheet.classList.toggle('print-this', sheet.dataset.seat === select.value);
    }
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  });
  return el('div', { class: 'share-actions market-print' }, [
    all,
    el('label', {
      for: 'market-print-seat',
      class: 'visually-hidden',
      text: t('marketPrint.which'),
    }),
    select,
    one,
  ]);
}

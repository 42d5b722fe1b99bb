import type { MarketDesk } from '../../classroom/marketDesk';
import type { SeatAttribution } from '../../classroom/marketSheets';
import type { ClassClearing } from '../../share/roundClass';
import { t } from '../../present/i18n';
import type { Level } from '../../sim';
import { el } from '../../ui/kit/dom';
import { linkBox } from '../../ui/kit/linkBox';
import { roundCharts } from './marketCharts';
import { downloadText } from '../../platform/download';
import { fillSheets, printControls } from './marketPrint';
import { standingsCsv, standingsTable, type Marks } from './marketStandings';

export interface Shown {
  clearing: ClassClearing;
  attributions: SeatAttribution[];
  marks: Marks;
  desk: MarketDesk;
  /** Where the clearing ran: the page marks it for tests. */
  where: 'worker' | 'page';
}

/**
 * What a clearing shows: round hashes, the last round's standings and charts, the downloads,
 * the print sheets and the next round's brief links. The bundle carries the desk (hand-ins
 * with their collected times, deadlines, the late choice), so its late marks can be redone.
 */
export function renderResults(
  output: HTMLElement,
  sheets: HTMLElement,
  shown: Shown,
  base: Level,
  showNames: boolean,
): void {
  const { clearing, marks, desk } = shown;
  const final = clearing.results[clearing.results.length - 1];
  output.dataset.where = shown.where;
  if (final === undefined) return;
  const csv = el('button', { type: 'button', class: 'btn', text: t('classMarket.csv') });
  csv.addEventListener('click', () =>
    downloadText('class-market.csv', standingsCsv(clearing, marks), 'text/csv'),
  );
  const bundle = el('button', { type: 'button', class: 'btn', text: t('classMarket.bundle') });
  bundle.addEventListener('click', () => {
    const saved = {
      classLink: desk.classLink,
      handIns: desk.collected.map((c) => c.text),
      desk,
      ...clearing,
    };
    downloadText(
      `class-market-round-${final.round}.json`,
      JSON.stringify(saved),
      'application/json',
    );
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
  fillSheets(sheets, clearing, base, shown.attributions, marks);
  const lateCount = [...marks.values()].filter((m) => m.round === final.round && m.late).length;
  output.replaceChildren(
    ...clearing.results.map((r) =>
      el('p', {
        class: 'round-hash',
        'data-hash': r.roundHash,
        text: t('classMarket.roundHash', { round: r.round, hash: r.roundHash }),
      }),
    ),
    el('h2', { text: t('classMarket.standings', { round: final.round }) }),
    ...(lateCount > 0
      ? [
          el('p', {
            class: 'hint market-late-note',
            text: t(desk.countLate ? 'classMarket.lateCounted' : 'classMarket.lateLeftOutNote', {
              count: lateCount,
            }),
          }),
        ]
      : []),
    standingsTable(final, showNames, marks),
    el('div', { class: 'share-actions' }, [csv, bundle]),
    printControls(sheets, clearing.spec.seats),
    roundCharts(final, showNames, chartWidth(output)),
    ...next,
  );
}

function chartWidth(output: HTMLElement): number {
  return Math.max(240, output.clientWidth - 24);
}

/**
 * A resized window redraws only the charts, and only when their width changed: the standings,
 * link boxes and print sheets stay the nodes the trainer may be using (a focused link, a print).
 */
export function redrawCharts(output: HTMLElement, shown: Shown, showNames: boolean): void {
  const final = shown.clearing.results[shown.clearing.results.length - 1];
  const charts = output.querySelector<HTMLElement>('.market-charts');
  if (final === undefined || charts === null) return;
  const width = chartWidth(output);
  if (charts.dataset.width === String(width)) return;
  charts.replaceWith(roundCharts(final, showNames, width));
}

import { markKey, type HandInMark } from '../../classroom/marketDesk';
import { csvRow } from '../../share';
import type { ClassClearing } from '../../share/roundClass';
import { formatFen, formatPrice } from '../../present/format';
import { currentLanguage, t } from '../../present/i18n';
import type { RoundResult, ShopRound } from '../../sim/classMarket';
import { el } from '../../ui/kit/dom';

export type Marks = ReadonlyMap<string, HandInMark>;

/** Names appear only when the trainer turns them on; otherwise a shop is its seat number. */
export function shopName(seat: number, name: string, showNames: boolean): string {
  return showNames && name !== '' ? name : t('classMarket.seat', { seat });
}

export const centi = (value: number) =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

/** The trainer's local time of day, in the page's language: what the trainer's clock said. */
export function clockText(ms: number): string {
  return new Date(ms).toLocaleTimeString(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * A seat's hand-in as the trainer's page collected it: the time, and "late" when it came after
 * the round's deadline. A late one the trainer left out shows why its seat has a stand-in.
 */
function handInText(shop: ShopRound, mark: HandInMark | undefined): string {
  if (mark === undefined) return '–';
  const time = clockText(mark.collectedMs);
  if (!mark.late) return time;
  return shop.strategy === 'handedIn'
    ? t('classMarket.lateAt', { time })
    : t('classMarket.lateLeftOut', { time });
}

const COLUMNS = [
  'classMarket.col.place',
  'classMarket.col.shop',
  'classMarket.col.playedBy',
  'classMarket.col.handIn',
  'classMarket.col.price',
  'classMarket.col.rank',
  'classMarket.col.velocity',
  'classMarket.col.rating',
  'classMarket.col.complaints',
  'classMarket.col.share',
  'classMarket.col.gmv',
  'classMarket.col.profit',
] as const;

export function standingsTable(result: RoundResult, showNames: boolean, marks: Marks): HTMLElement {
  const rows = result.standings.map((s) => {
    const mark = marks.get(markKey(result.round, s.seat));
    return el(
      'tr',
      { 'data-seat': s.seat, 'data-profit': s.netProfitFen, 'data-late': mark?.late === true },
      [
        el('td', { text: String(s.place) }),
        el('td', { text: shopName(s.seat, s.name, showNames) }),
        el('td', { text: t(`classMarket.strategy.${s.strategy}`), 'data-strategy': s.strategy }),
        el('td', { class: mark?.late ? 'late' : null, text: handInText(s, mark) }),
        el('td', { text: formatPrice(s.effectivePriceFen) }),
        el('td', { text: String(s.rank) }),
        el('td', { text: centi(s.salesPerDayCenti) }),
        el('td', { text: s.ratingCenti === 0 ? '–' : centi(s.ratingCenti) }),
        el('td', { text: String(s.complaints) }),
        el('td', { text: `${centi(s.shareBp)}%` }),
        el('td', { text: formatFen(s.gmvFen) }),
        el('td', { text: formatFen(s.netProfitFen) }),
      ],
    );
  });
  return el('div', { class: 'table-scroll' }, [
    el('table', { class: 'leaderboard market-standings' }, [
      el('thead', {}, [
        el(
          'tr',
          {},
          COLUMNS.map((key) => el('th', { scope: 'col', text: t(key) })),
        ),
      ]),
      el('tbody', {}, rows),
    ]),
  ]);
}

const CSV_HEADER = [
  'round',
  'place',
  'seat',
  'name',
  'playedBy',
  'collectedAt',
  'late',
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

/** Times in UTC (ISO 8601), so a CSV opened in another time zone says the same. */
export function standingsCsv(clearing: ClassClearing, marks: Marks): string {
  const lines = [csvRow(CSV_HEADER)];
  for (const r of clearing.results) {
    for (const s of r.standings) {
      const mark = marks.get(markKey(r.round, s.seat));
      lines.push(
        csvRow([
          r.round,
          s.place,
          s.seat,
          s.name,
          s.strategy,
          mark ? new Date(mark.collectedMs).toISOString() : '',
          mark?.late ? 'late' : '',
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

import type { BriefLink } from '../../share/roundLinks';
import type { Level } from '../../sim';
import { firstMarket } from '../../sim/classMarketLevel';
import { formatBp, formatFen, formatPrice, formatRating } from '../../present/format';
import { t } from '../../present/i18n';
import { el } from '../../ui/kit/dom';

/**
 * What a brief tells the student, as DOM: the round and seat, the deadline, the shop's opening,
 * last round's standings as a student may see them (own place, class median, the shops nearby,
 * no names), the class's public figures and what changed in the market.
 */

/** The previous round's market, when it is known here: round 1's always, later ones if seen. */
export interface PreviousMarket {
  referencePriceFen: number;
  demandBp: number;
}

const centi = (value: number) =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

export function briefHeading(brief: BriefLink): string {
  const { spec, market } = brief;
  return spec.name === ''
    ? t('brief.headingNoName', { round: market.round, rounds: spec.rounds })
    : t('brief.heading', { round: market.round, rounds: spec.rounds, name: spec.name });
}

export function deadlineText(brief: BriefLink): string {
  return brief.deadlineMinute === 0
    ? t('brief.noDeadline')
    : t('brief.deadline', { time: new Date(brief.deadlineMinute * 60_000).toLocaleString() });
}

/** Round 2's previous market is round 1's, which every class opens the same way. */
export function previousMarket(
  brief: BriefLink,
  base: Level,
  seen: PreviousMarket | null,
): PreviousMarket | null {
  if (brief.market.round === 2) {
    const first = firstMarket(brief.spec, base);
    return { referencePriceFen: first.referencePriceFen, demandBp: first.demandBp };
  }
  return seen;
}

export function standingsPart(brief: BriefLink): HTMLElement[] {
  const last = brief.lastRound;
  if (last === null) return [el('p', { text: t('brief.firstRound') })];
  const rows = last.nearby.map((shop) =>
    el('tr', { class: shop.place === last.place ? 'is-you' : '' }, [
      el('td', {
        text: shop.place === last.place ? `${shop.place} (${t('brief.you')})` : `${shop.place}`,
      }),
      el('td', { text: formatPrice(shop.effectivePriceFen) }),
      el('td', { text: String(shop.rank) }),
      el('td', { text: centi(shop.salesPerDayCenti) }),
      el('td', { text: shop.ratingCenti === 0 ? '–' : centi(shop.ratingCenti) }),
      el('td', { text: String(shop.complaints) }),
      el('td', { text: formatFen(shop.netProfitFen) }),
    ]),
  );
  const head = [
    'classMarket.col.place',
    'classMarket.col.price',
    'classMarket.col.rank',
    'classMarket.col.velocity',
    'classMarket.col.rating',
    'classMarket.col.complaints',
    'classMarket.col.profit',
  ] as const;
  return [
    el('p', {
      class: 'brief-place',
      text: t('brief.lastRound', {
        place: last.place,
        seats: last.seats,
        median: formatFen(last.medianNetProfitFen),
      }),
    }),
    el('div', { class: 'table-scroll' }, [
      el('table', { class: 'leaderboard brief-nearby', 'aria-label': t('brief.nearby') }, [
        el('caption', { text: t('brief.nearby') }),
        el('thead', {}, [
          el(
            'tr',
            {},
            head.map((key) => el('th', { scope: 'col', text: t(key) })),
          ),
        ]),
        el('tbody', {}, rows),
      ]),
    ]),
  ];
}

/** The market this round against the last: reference price, demand and the class's prices. */
export function marketPart(brief: BriefLink, previous: PreviousMarket | null): HTMLElement {
  const { market, lastRound } = brief;
  const price = formatPrice(market.referencePriceFen);
  const lines: string[] = [];
  if (lastRound === null) {
    lines.push(t('brief.referenceFirst', { price }));
    lines.push(t('brief.demand', { percent: formatBp(market.demandBp) }));
  } else {
    const figures = lastRound.market;
    let reference = t('brief.reference', { price });
    if (previous) {
      reference += `${t('brief.sentenceGap')}${t('brief.referenceWas', { was: formatPrice(previous.referencePriceFen) })}`;
    }
    lines.push(reference);
    lines.push(t('brief.referenceWhy', { average: formatPrice(figures.averagePriceFen) }));
    let demand = t('brief.demand', { percent: formatBp(market.demandBp) });
    if (previous)
      demand += `${t('brief.sentenceGap')}${t('brief.demandWas', { was: formatBp(previous.demandBp) })}`;
    lines.push(demand);
    lines.push(
      figures.ratingCenti > 0
        ? t('brief.demandWhy', { rating: formatRating(figures.ratingCenti) })
        : t('brief.demandWhyNoRating'),
    );
    lines.push(
      t('brief.rivals', {
        low: formatPrice(figures.priceLowFen),
        median: formatPrice(figures.priceMedianFen),
        high: formatPrice(figures.priceHighFen),
        orders: figures.orders,
      }),
    );
  }
  return el('section', { class: 'brief-market', 'aria-labelledby': 'brief-market-h' }, [
    el('h2', { id: 'brief-market-h', text: t('brief.changed') }),
    el(
      'ul',
      {},
      lines.map((line) => el('li', { text: line })),
    ),
  ]);
}

export function shopPart(brief: BriefLink): HTMLElement {
  const { carry } = brief;
  return el('p', {
    class: 'brief-shop',
    text: t('brief.shop', {
      cash: formatFen(carry.cashFen),
      stock: carry.onHand,
      price: formatPrice(carry.priceFen),
    }),
  });
}

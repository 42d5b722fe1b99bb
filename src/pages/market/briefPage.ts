import '../classroom/classroom.css';
import { decodeBriefLink, type BriefLink } from '../../share/roundLinks';
import { briefGame, handInFor } from '../../share/roundStudent';
import { sanitizeName } from '../../share';
import { formatFen, formatPrice } from '../../present/format';
import { local, t, type MessageKey } from '../../present/i18n';
import { netProfitFen, runStage, type Level, type PlanStep } from '../../sim';
import { el } from '../../ui/kit/dom';
import { linkBox } from '../../ui/kit/linkBox';
import { pageBase } from '../../ui/debrief/shareDialog';

const centi = (value: number) =>
  `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

function numberInput(id: string, value: number) {
  const input = el('input', { id, type: 'number', step: 1, inputmode: 'numeric' });
  input.value = String(value);
  return input;
}

function field(id: string, label: MessageKey, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, [el('label', { for: id, text: t(label) }), control]);
}

function lastRound(brief: BriefLink): HTMLElement[] {
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
      text: t('brief.lastRound', {
        place: last.place,
        seats: last.seats,
        median: formatFen(last.medianNetProfitFen),
      }),
    }),
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
  ];
}

/**
 * A student's round brief (#n=…): last round's standings as the student may see them (own place,
 * class median, the shops nearby, no names), the deadline the trainer set, the shop's opening,
 * and the round's decisions. The round is played here, alone against the round's market, and
 * becomes the hand-in link, its QR code and its code.
 */
export function showBriefPage(root: HTMLElement, shipped: readonly Level[], text: string): void {
  const base = shipped.find((level) => level.id === 'comprehensive');
  if (base === undefined) return;
  const decoded = decodeBriefLink(text, base);
  if (!decoded.ok) {
    root.replaceChildren(
      el('div', { class: 'page page-trainer' }, [
        el('p', { class: 'form-error', role: 'alert', text: local(decoded.message) }),
        el('a', { class: 'btn', href: pageBase(), text: t('score.openGame') }),
      ]),
    );
    return;
  }
  const brief = decoded.link;
  const { spec, market, carry } = brief;
  const heading =
    spec.name === ''
      ? t('brief.headingNoName', { round: market.round, rounds: spec.rounds })
      : t('brief.heading', { round: market.round, rounds: spec.rounds, name: spec.name });
  const deadline =
    brief.deadlineMinute === 0
      ? t('brief.noDeadline')
      : t('brief.deadline', { time: new Date(brief.deadlineMinute * 60_000).toLocaleString() });
  const name = el('input', { id: 'brief-name', type: 'text', maxlength: 40 });
  const price = numberInput('brief-price', Math.round(carry.priceFen / 100));
  const coupon = numberInput('brief-coupon', Math.floor(carry.discountBp / 100));
  const adBudget = numberInput('brief-ads', Math.floor(carry.adBudgetFen / 100));
  const adBid = numberInput('brief-bid', carry.adBidFen);
  const order = numberInput('brief-order', 0);
  const errors = el('div', { class: 'form-error', role: 'alert' });
  const output = el('section', { class: 'trainer-output', 'aria-live': 'polite' });
  const read = (input: HTMLInputElement, label: MessageKey, min: number, max: number) => {
    const value = Number(input.value);
    if (!/^\d{1,9}$/.test(input.value.trim()) || value < min || value > max) {
      errors.append(el('p', { text: t('brief.bad', { field: t(label) }) }));
      return null;
    }
    return value;
  };
  const form = el('form', { class: 'trainer-form panel', novalidate: true }, [
    el('h2', { text: t('brief.decisions') }),
    field('brief-name', 'brief.name', name),
    field('brief-price', 'brief.price', price),
    field('brief-coupon', 'brief.coupon', coupon),
    field('brief-ads', 'brief.adBudget', adBudget),
    field('brief-bid', 'brief.adBid', adBid),
    field('brief-order', 'brief.order', order),
    errors,
    el('button', { type: 'submit', class: 'btn btn-primary', text: t('brief.play') }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.replaceChildren();
    const values = [
      read(price, 'brief.price', 1, 100_000),
      read(coupon, 'brief.coupon', 0, 70),
      read(adBudget, 'brief.adBudget', 0, 50_000),
      read(adBid, 'brief.adBid', 10, 2_000),
      read(order, 'brief.order', 0, 100_000),
    ];
    const [p, c, a, b, q] = values;
    if (p == null || c == null || a == null || b == null || q == null) return;
    const listingId = base.listings[0]?.id ?? '';
    const plan: PlanStep[] = [
      { day: 1, action: { type: 'setPrice', listingId, priceFen: p * 100 } },
      { day: 1, action: { type: 'setDiscount', listingId, discountBp: c * 100 } },
      { day: 1, action: { type: 'setAds', listingId, dailyBudgetFen: a * 100, bidFen: b } },
    ];
    if (q > 0) {
      const supplierId = carry.supplierId;
      plan.push({
        day: 1,
        action: { type: 'orderStock', listingId, supplierId, qty: q, qualityCheck: false },
      });
    }
    const { level, seed } = briefGame(brief, base);
    const run = runStage(level, seed, plan);
    if (!run.ok) {
      errors.replaceChildren(el('p', { text: t('brief.refused', { reason: run.error }) }));
      return;
    }
    const link = handInFor(brief, base, sanitizeName(name.value, ''), run.log, pageBase());
    const code = link.slice(link.indexOf('#') + 1);
    output.replaceChildren(
      el('p', {
        text: t('brief.alone', {
          orders: run.state.totals.orders,
          profit: formatFen(netProfitFen(run.state.ledger)),
        }),
      }),
      linkBox(link, t('brief.handIn'), 220),
      el('pre', { class: 'hand-in-code', text: code }),
    );
  });
  const print = el('button', { type: 'button', class: 'btn', text: t('brief.print') });
  print.addEventListener('click', () => window.print());
  root.replaceChildren(
    el('div', { class: 'page page-trainer page-brief' }, [
      el('div', { class: 'trainer-columns' }, [
        el('section', { class: 'panel' }, [
          el('h1', { id: 'brief-h', tabindex: '-1', text: heading }),
          el('p', { text: t('brief.seat', { seat: brief.seat }) }),
          el('p', { class: 'brief-deadline', text: deadline }),
          el('p', {
            text: t('brief.shop', {
              cash: formatFen(carry.cashFen),
              stock: carry.onHand,
              price: formatPrice(carry.priceFen),
            }),
          }),
          ...lastRound(brief),
          print,
        ]),
        form,
      ]),
      output,
    ]),
  );
  root.querySelector<HTMLElement>('#brief-h')?.focus();
}

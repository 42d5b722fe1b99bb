import type { Decision, DecisionAction, EventKind, Level } from '../sim';
import { formatBp, formatCount, formatFen, formatPrice } from './format';
import { local, t, tKey } from './i18n';

function named(items: readonly { id: string; name: { en: string; zh: string } }[], id: string) {
  const item = items.find((i) => i.id === id);
  return item ? local(item.name) : id;
}

/** The days a decision held, in the player's language: "days 3–17", "from day 8", "on day 4". */
export function spanWords(decision: Pick<Decision, 'fromDay' | 'toDay' | 'untilEnd'>): string {
  if (decision.untilEnd && decision.toDay > decision.fromDay) {
    return t('span.from', { day: decision.fromDay });
  }
  if (decision.toDay <= decision.fromDay) return t('span.day', { day: decision.fromDay });
  return t('span.days', { from: decision.fromDay, to: decision.toDay });
}

/** The day label of a decision on the timeline: "Day 4", "Days 3–17", "From day 8". */
export function spanLabel(decision: Pick<Decision, 'fromDay' | 'toDay' | 'untilEnd'>): string {
  if (decision.untilEnd && decision.toDay > decision.fromDay) {
    return t('decision.fromDay', { day: decision.fromDay });
  }
  if (decision.toDay <= decision.fromDay) return t('decision.day', { day: decision.fromDay });
  return t('decision.days', { from: decision.fromDay, to: decision.toDay });
}

/**
 * What the player did, in plain words and the player's language, with the names the level gives
 * its listings, suppliers and competitors: never an action's generic description.
 */
export function actionWords(
  action: DecisionAction,
  level: Level,
  eventKind: EventKind | null,
  unitCostFen: number | null,
): string {
  const listing = 'listingId' in action ? named(level.listings, action.listingId) : '';
  switch (action.type) {
    case 'setAds':
      return action.dailyBudgetFen === 0
        ? t('dw.setAdsOff', { listing })
        : t('dw.setAds', {
            listing,
            budget: formatFen(action.dailyBudgetFen),
            bid: formatPrice(action.bidFen),
          });
    case 'setPrice':
      return t('dw.setPrice', { listing, price: formatPrice(action.priceFen) });
    case 'setDiscount':
      return action.discountBp === 0
        ? t('dw.setDiscountOff', { listing })
        : t('dw.setDiscount', { listing, percent: formatBp(action.discountBp) });
    case 'setFakeOrders':
      return action.searchPerDay + action.adPerDay === 0
        ? t('dw.setFakeOrdersOff', { listing })
        : t('dw.setFakeOrders', { listing, search: action.searchPerDay, ad: action.adPerDay });
    case 'setClaims': {
      const claims =
        action.superlative && action.materialClaim
          ? t('dw.claims.both')
          : action.superlative
            ? t('dw.claims.superlative')
            : action.materialClaim
              ? t('dw.claims.material')
              : t('dw.claims.none');
      return t('dw.setClaims', { listing, claims });
    }
    case 'setStaff':
      return t('dw.setStaff', {
        count: formatCount(action.headcount),
        role: tKey(`role.${action.role}`),
      });
    case 'orderStock':
      return t(action.qualityCheck ? 'dw.orderStockChecked' : 'dw.orderStock', {
        qty: formatCount(action.qty),
        listing,
        unit: unitCostFen === null ? '—' : formatPrice(unitCostFen),
        supplier: named(level.suppliers, action.supplierId),
      });
    case 'clearStock':
      return t('dw.clearStock', { qty: formatCount(action.qty), listing });
    case 'copyCompetitor':
      return t('dw.copyCompetitor', {
        competitor: named(level.market.competitors, action.competitorId),
        listing,
        percent: formatBp(action.differentiationBp),
      });
    case 'setDesign':
      return t('dw.setDesign', {
        listing,
        material: named(level.market.materials, action.materialId),
        style: named(level.market.styles, action.styleId),
      });
    case 'startPlan':
      return t('dw.startPlan', {
        listing,
        plan: t(action.plan === 'spiral' ? 'plans.name.spiral' : 'plans.name.ramp123'),
      });
    case 'cancelPlan':
      return t('dw.cancelPlan', { listing });
    case 'drawCredit':
      return t('dw.drawCredit', { amount: formatFen(action.amountFen) });
    case 'repayCredit':
      return t('dw.repayCredit', { amount: formatFen(action.amountFen) });
    case 'respondEvent':
      return t('dw.respondEvent', {
        event: eventKind ? tKey(`event.${eventKind}.title`) : '',
        choice: eventKind ? tKey(`event.${eventKind}.${action.choice}.label`) : action.choice,
      });
  }
}

/** A decision with its days, for a sentence: "ads on the tee at ¥2,000/day, days 3–17". */
export function decisionWords(decision: Decision, level: Level): string {
  return t('why.decisionSpan', {
    what: actionWords(decision.action, level, decision.eventKind, decision.unitCostFen),
    span: spanWords(decision),
  });
}

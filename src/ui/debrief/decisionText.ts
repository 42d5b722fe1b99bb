import type { Action } from '../../sim';
import { actionSpec } from '../../sim';
import { formatBp, formatFen, formatPrice } from '../../present/format';
import { t, tKey } from '../../present/i18n';
import type { DecisionItem } from '../../present/views/debrief';

/** One line per decision on the debrief's timeline. */
export function decisionText(item: DecisionItem): string {
  const action: Action = item.action;
  switch (action.type) {
    case 'setAds':
      return action.dailyBudgetFen === 0
        ? t('decision.setAdsOff')
        : t('decision.setAds', {
            budget: formatFen(action.dailyBudgetFen),
            bid: formatPrice(action.bidFen),
          });
    case 'setPrice':
      return t('decision.setPrice', { price: formatPrice(action.priceFen) });
    case 'setDiscount':
      return action.discountBp === 0
        ? t('decision.setDiscountOff')
        : t('decision.setDiscount', { percent: formatBp(action.discountBp) });
    case 'setFakeOrders':
      return action.searchPerDay + action.adPerDay === 0
        ? t('decision.setFakeOrdersOff')
        : t('decision.setFakeOrders', { search: action.searchPerDay, ad: action.adPerDay });
    case 'startPlan':
      return t('decision.startPlan', {
        plan: t(action.plan === 'spiral' ? 'plans.name.spiral' : 'plans.name.ramp123'),
      });
    case 'cancelPlan':
      return t('decision.cancelPlan');
    case 'respondEvent': {
      const kind = item.eventKind;
      return t('decision.respondEvent', {
        event: kind ? tKey(`event.${kind}.title`) : '',
        choice: kind ? tKey(`event.${kind}.${action.choice}.label`) : action.choice,
      });
    }
    default:
      return t('decision.other', { summary: actionSpec(action.type)?.summary ?? action.type });
  }
}

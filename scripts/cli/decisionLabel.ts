import type { Decision, Level } from '../../src/sim/index';
import { formatYuan } from './money';

function listingName(level: Level, id: string): string {
  return level.listings.find((l) => l.id === id)?.name.en ?? id;
}

function supplierName(level: Level, id: string): string {
  return level.suppliers.find((s) => s.id === id)?.name.en ?? id;
}

function span(decision: Decision): string {
  if (decision.fromDay === decision.toDay) return `day ${decision.fromDay}`;
  return decision.untilEnd
    ? `from day ${decision.fromDay}`
    : `days ${decision.fromDay}–${decision.toDay}`;
}

const percent = (bp: number) => `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')}%`;

/**
 * The CLI's English wording of a decision ("ads on the Basic tee ¥2,000.00/day, days 3–17"); the
 * game words the same structured decision in the player's language on its own screens.
 */
export function decisionLabel(decision: Decision, level: Level): string {
  const a = decision.action;
  const when = span(decision);
  switch (a.type) {
    case 'setAds':
      return `ads on ${listingName(level, a.listingId)} ${formatYuan(a.dailyBudgetFen)}/day, bid ${formatYuan(a.bidFen)}, ${when}`;
    case 'setPrice':
      return `price of ${listingName(level, a.listingId)} ${formatYuan(a.priceFen)}, ${when}`;
    case 'setDiscount':
      return `discount on ${listingName(level, a.listingId)} ${percent(a.discountBp)}, ${when}`;
    case 'setFakeOrders':
      return `fake orders on ${listingName(level, a.listingId)}: ${a.searchPerDay}/day by search, ${a.adPerDay}/day through ads, ${when}`;
    case 'setClaims': {
      const claims = [a.superlative ? 'superlatives' : '', a.materialClaim ? 'material claim' : '']
        .filter((c) => c !== '')
        .join(' and ');
      return `claims on ${listingName(level, a.listingId)}: ${claims || 'none'}, ${when}`;
    }
    case 'setStaff':
      return `${a.headcount} ${a.role} staff, ${when}`;
    case 'orderStock': {
      const unit = decision.unitCostFen === null ? '' : ` at ${formatYuan(decision.unitCostFen)}`;
      const check = a.qualityCheck ? ', quality-checked' : '';
      return `bought ${a.qty} × ${listingName(level, a.listingId)}${unit} from ${supplierName(level, a.supplierId)}${check}, ${when}`;
    }
    case 'clearStock':
      return `cleared ${a.qty} × ${listingName(level, a.listingId)}, ${when}`;
    case 'copyCompetitor':
      return `copied ${a.competitorId} onto ${listingName(level, a.listingId)} (${percent(a.differentiationBp)} different), ${when}`;
    case 'setDesign':
      return `design of ${listingName(level, a.listingId)}: ${a.materialId}, ${a.styleId}, ${when}`;
    case 'startPlan':
      return `rank plan ${a.plan} on ${listingName(level, a.listingId)}, ${when}`;
    case 'cancelPlan':
      return `stopped the rank plan on ${listingName(level, a.listingId)}, ${when}`;
    case 'drawCredit':
      return `drew ${formatYuan(a.amountFen)} of credit, ${when}`;
    case 'repayCredit':
      return `repaid ${formatYuan(a.amountFen)} of credit, ${when}`;
    case 'respondEvent':
      return `answered ${decision.eventKind ?? 'an event'} with ${a.choice}, ${when}`;
  }
}

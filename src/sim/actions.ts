import { STAFF_ROLES, type StageId, type StaffRole } from './vocabulary';

/** Every change to a game is one of these; passing a day is one too. */
export type Action =
  | { type: 'advanceDay' }
  | { type: 'setAds'; listingId: string; dailyBudgetFen: number; bidFen: number }
  | { type: 'setPrice'; listingId: string; priceFen: number }
  | { type: 'setDiscount'; listingId: string; discountBp: number }
  | { type: 'setFakeOrders'; listingId: string; searchPerDay: number; adPerDay: number }
  | { type: 'startPlan'; listingId: string; plan: RankPlan }
  | { type: 'cancelPlan'; listingId: string }
  | { type: 'setDesign'; listingId: string; materialId: string; styleId: string }
  | {
      type: 'orderStock';
      listingId: string;
      supplierId: string;
      qty: number;
      qualityCheck: boolean;
    }
  | { type: 'clearStock'; listingId: string; qty: number }
  | { type: 'copyCompetitor'; listingId: string; competitorId: string; differentiationBp: number }
  | { type: 'setClaims'; listingId: string; superlative: boolean; materialClaim: boolean }
  | { type: 'setStaff'; role: StaffRole; headcount: number }
  | { type: 'drawCredit'; amountFen: number }
  | { type: 'repayCredit'; amountFen: number }
  | { type: 'respondEvent'; choice: EventChoice };

export type ActionType = Action['type'];
export type PlayerActionType = Exclude<ActionType, 'advanceDay' | 'respondEvent'>;

export const RANK_PLANS = ['spiral', 'ramp123'] as const;
export type RankPlan = (typeof RANK_PLANS)[number];

export const EVENT_CHOICES = [
  'wait',
  'expedite',
  'match',
  'hold',
  'join',
  'decline',
  'settle',
  'contest',
  'changeListing',
  'replace',
  'raise',
  'accept',
  'volumePrice',
  'longerTerms',
  'keep',
  'compensate',
  'ignore',
  'hireTemp',
  'letSlide',
  'advertise',
  'rework',
  'ship',
  'stockUp',
  'skip',
  'presale',
  'adPush',
  'inspect',
  'asIs',
] as const;
export type EventChoice = (typeof EVENT_CHOICES)[number];

export type FieldSpec =
  | { name: string; kind: 'int'; min: number; max: number; unit: string }
  | { name: string; kind: 'bool' }
  | { name: string; kind: 'enum'; values: readonly string[] }
  | {
      name: string;
      kind: 'ref';
      refersTo: 'listing' | 'supplier' | 'competitor' | 'material' | 'style';
    };

export interface ActionSpec {
  type: ActionType;
  summary: string;
  fields: FieldSpec[];
  /** Stages whose level files enable it in the shipped levels; `all` for the always-on actions. */
  always: boolean;
}

const listing: FieldSpec = { name: 'listingId', kind: 'ref', refersTo: 'listing' };

export const MAX_AD_BUDGET_FEN = 5_000_000;
export const MAX_FAKES_PER_DAY = 500;
export const MAX_ORDER_QTY = 100_000;
export const MAX_PRICE_FEN = 10_000_000;
export const MAX_CREDIT_MOVE_FEN = 100_000_000;

export const ACTION_SPECS: readonly ActionSpec[] = [
  {
    type: 'advanceDay',
    summary: 'Simulate one day with the current decisions.',
    fields: [],
    always: true,
  },
  {
    type: 'setAds',
    summary: 'Daily pay-per-click (直通车) budget and maximum bid per click.',
    fields: [
      listing,
      { name: 'dailyBudgetFen', kind: 'int', min: 0, max: MAX_AD_BUDGET_FEN, unit: 'fen' },
      { name: 'bidFen', kind: 'int', min: 10, max: 2_000, unit: 'fen' },
    ],
    always: false,
  },
  {
    type: 'setPrice',
    summary: 'List price of a listing.',
    fields: [listing, { name: 'priceFen', kind: 'int', min: 100, max: MAX_PRICE_FEN, unit: 'fen' }],
    always: false,
  },
  {
    type: 'setDiscount',
    summary: 'Coupon / discount off the list price, paid by the seller.',
    fields: [listing, { name: 'discountBp', kind: 'int', min: 0, max: 7_000, unit: 'bp' }],
    always: false,
  },
  {
    type: 'setFakeOrders',
    summary: 'Fake orders per day: 黑搜 (search-and-buy) and 黑车 (through paid clicks).',
    fields: [
      listing,
      { name: 'searchPerDay', kind: 'int', min: 0, max: MAX_FAKES_PER_DAY, unit: 'orders/day' },
      { name: 'adPerDay', kind: 'int', min: 0, max: MAX_FAKES_PER_DAY, unit: 'orders/day' },
    ],
    always: false,
  },
  {
    type: 'startPlan',
    summary:
      'Seven-day rank plan: the spiral (七天螺旋) or the 123 ramp (123玩法), run with fake orders.',
    fields: [listing, { name: 'plan', kind: 'enum', values: RANK_PLANS }],
    always: false,
  },
  { type: 'cancelPlan', summary: 'Stop a running rank plan.', fields: [listing], always: false },
  {
    type: 'setDesign',
    summary: 'Material and style of a listing that has not sold yet.',
    fields: [
      listing,
      { name: 'materialId', kind: 'ref', refersTo: 'material' },
      { name: 'styleId', kind: 'ref', refersTo: 'style' },
    ],
    always: false,
  },
  {
    type: 'orderStock',
    summary: 'Purchase order from a supplier (quantity at least the MOQ); optional quality check.',
    fields: [
      listing,
      { name: 'supplierId', kind: 'ref', refersTo: 'supplier' },
      { name: 'qty', kind: 'int', min: 1, max: MAX_ORDER_QTY, unit: 'units' },
      { name: 'qualityCheck', kind: 'bool' },
    ],
    always: false,
  },
  {
    type: 'clearStock',
    summary: 'Sell units on hand to a clearance buyer at a fraction of their cost.',
    fields: [listing, { name: 'qty', kind: 'int', min: 1, max: MAX_ORDER_QTY, unit: 'units' }],
    always: false,
  },
  {
    type: 'copyCompetitor',
    summary: "Re-make a listing after a competitor's bestseller, with a degree of differentiation.",
    fields: [
      listing,
      { name: 'competitorId', kind: 'ref', refersTo: 'competitor' },
      { name: 'differentiationBp', kind: 'int', min: 0, max: 10_000, unit: 'bp' },
    ],
    always: false,
  },
  {
    type: 'setClaims',
    summary:
      'Claims on the listing page: superlatives ("best") and material claims ("100% cotton").',
    fields: [
      listing,
      { name: 'superlative', kind: 'bool' },
      { name: 'materialClaim', kind: 'bool' },
    ],
    always: false,
  },
  {
    type: 'setStaff',
    summary: 'Headcount of a staff role (hiring costs a fee, firing a severance).',
    fields: [
      {
        name: 'role',
        kind: 'enum',
        values: STAFF_ROLES,
      },
      { name: 'headcount', kind: 'int', min: 0, max: 50, unit: 'people' },
    ],
    always: false,
  },
  {
    type: 'drawCredit',
    summary: 'Borrow from the credit line (interest accrues daily).',
    fields: [{ name: 'amountFen', kind: 'int', min: 1, max: MAX_CREDIT_MOVE_FEN, unit: 'fen' }],
    always: false,
  },
  {
    type: 'repayCredit',
    summary: 'Repay the credit line.',
    fields: [{ name: 'amountFen', kind: 'int', min: 1, max: MAX_CREDIT_MOVE_FEN, unit: 'fen' }],
    always: false,
  },
  {
    type: 'respondEvent',
    summary: 'Answer the open event; the day cannot pass until it is answered.',
    fields: [{ name: 'choice', kind: 'enum', values: EVENT_CHOICES }],
    always: true,
  },
];

export function actionSpec(type: string): ActionSpec | undefined {
  return ACTION_SPECS.find((spec) => spec.type === type);
}

/** A planned action: applied before `day` is simulated, in file order. */
export interface PlannedAction {
  stage: StageId;
  day: number;
  action: Action;
}

import * as v from 'valibot';
import type { Action } from '../sim/actions';
import {
  CALENDAR_KINDS,
  EVENT_KINDS,
  STAGE_IDS,
  STAR_RULES,
  type Level,
  type Levers,
} from '../sim/level';
import { describeValue } from './errors';
import { MAX_ARRAY_LENGTH } from './guard';
import { MAX_ID_LENGTH, parseAction, PLAYER_ACTION_TYPES } from './parseAction';

export const MAX_DAYS = 365;
/** One hundred million yuan: far above any price or cost in the game, far below unsafe integers. */
export const MAX_FEN = 10_000_000_000;
/** Cash, credit and profit targets may be larger than any single price. */
export const MAX_CASH_FEN = 1_000_000_000_000;
export const MAX_COMPETITORS = 300;
/** Ids end up in plan files, URLs and CLI arguments, so they stay to a quoting-free alphabet. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** The ranges a level, and a trainer overriding it, may set the levers to. */
export const LEVER_RANGES: Readonly<Record<keyof Levers, { min: number; max: number }>> = {
  commissionBp: { min: 0, max: 2_000 },
  paymentFeeBp: { min: 0, max: 500 },
  cpcScaleBp: { min: 2_500, max: 40_000 },
  returnRateScaleBp: { min: 0, max: 30_000 },
  detectionStrictnessBp: { min: 0, max: 40_000 },
  settlementDays: { min: 1, max: 30 },
};

/** Marks the issue raised for a bad plan action; the issue mapper re-runs parseAction for its exact path. */
export const ACTION_ISSUE = 'The plan action is not valid';

/**
 * Valibot's object schemas accept arrays as objects with index keys; checking first turns a list
 * where an object belongs into one clear error instead of a missing-field flood.
 */
const notList = v.check(
  (input: unknown) => !Array.isArray(input),
  'Expected an object, not a list',
);
const record = <T extends v.ObjectEntries>(entries: T) =>
  v.pipe(v.unknown(), notList, v.strictObject(entries));
const int = (min: number, max: number) =>
  v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const fen = (max: number = MAX_FEN) =>
  v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(max));
const bp = (max = 10_000) => int(0, max);
/** Multipliers in bp (10000 = x1): quality and search interest may rise above the baseline. */
const multiplier = () => bp(100_000);
const day = () => int(1, MAX_DAYS);
const duration = () => int(0, MAX_DAYS);
const list = <T extends v.GenericSchema>(item: T, max = MAX_ARRAY_LENGTH, min = 0) =>
  v.pipe(v.array(item), v.minLength(min), v.maxLength(max));
const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
const localText = (max = 4_000) => record({ en: text(max), zh: text(max) });
const id = () =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH), v.regex(ID_PATTERN));
const lever = (key: keyof Levers) => int(LEVER_RANGES[key].min, LEVER_RANGES[key].max);
const perRole = <T extends v.GenericSchema>(item: T) =>
  record({ customerService: item, operator: item, designer: item, warehouse: item });

const LeversSchema = record({
  commissionBp: lever('commissionBp'),
  paymentFeeBp: lever('paymentFeeBp'),
  cpcScaleBp: lever('cpcScaleBp'),
  returnRateScaleBp: lever('returnRateScaleBp'),
  detectionStrictnessBp: lever('detectionStrictnessBp'),
  settlementDays: lever('settlementDays'),
});

const PlatformSchema = record({
  depositFen: fen(),
  taxBp: bp(),
  socialInsuranceBp: bp(),
  fixedCostPerDayFen: fen(),
  shippingPerParcelFen: fen(),
  packagingPerParcelFen: fen(),
  freightInsurancePerOrderFen: fen(),
  returnHandlingFen: fen(),
  brusherFeeFen: fen(),
  emptyParcelFen: fen(),
  clearanceRecoveryBp: bp(),
  returnLagDays: duration(),
  resellableReturnBp: bp(),
  endOfStageCoverDays: duration(),
});

const DesignOptionSchema = record({
  id: id(),
  name: localText(200),
  trendFitBp: bp(),
  qualityBp: multiplier(),
  unitCostAddFen: fen(),
});

const CompetitorSchema = record({
  id: id(),
  name: localText(200),
  rank: int(1, 10_000_000),
  priceFen: fen(),
  ratingTenths: int(0, 50),
  reviews: int(0, 1_000_000_000),
  qualityBp: multiplier(),
  trendFitBp: bp(),
  features: list(text(200)),
  designProtected: v.boolean(),
});

const MarketSchema = record({
  searchesPerDay: int(0, 100_000_000),
  categoryConversionBp: bp(),
  categoryReturnBp: bp(),
  referencePriceFen: fen(),
  listingCount: int(1, 10_000_000),
  searchTrend: list(record({ day: day(), bp: multiplier() }), MAX_ARRAY_LENGTH, 1),
  competitors: list(CompetitorSchema, MAX_COMPETITORS),
  materials: list(DesignOptionSchema),
  styles: list(DesignOptionSchema),
});

const SupplierSchema = record({
  id: id(),
  name: localText(200),
  tiers: list(record({ minQty: int(0, 10_000_000), unitCostFen: fen() }), MAX_ARRAY_LENGTH, 1),
  moq: int(1, 10_000_000),
  leadDays: duration(),
  defectBp: bp(),
  depositBp: bp(),
  netDays: duration(),
  qualityBp: multiplier(),
});

const ListingSchema = record({
  id: id(),
  name: localText(200),
  priceFen: fen(),
  unitCostFen: fen(),
  supplierId: id(),
  onHand: int(0, 10_000_000),
  qualityBp: multiplier(),
  trendFitBp: bp(),
  defectBp: bp(),
  materialId: id(),
  styleId: id(),
  reviewsGood: int(0, 1_000_000_000),
  reviewsBad: int(0, 1_000_000_000),
  ageDays: int(0, 10 * MAX_DAYS),
  salesHistory: v.pipe(
    list(int(0, 10_000_000), 7),
    v.check(
      (history) => history.length === 0 || history.length === 7,
      'A sales history lists either no days or exactly the last seven',
    ),
  ),
});

const ActionSchema = v.pipe(
  v.unknown(),
  v.rawTransform<unknown, Action>(({ dataset, addIssue, NEVER }) => {
    const result = parseAction(dataset.value, '$');
    if (result.ok) return result.action;
    addIssue({ message: ACTION_ISSUE });
    return NEVER;
  }),
);

export const LevelSchema = record({
  schemaVersion: v.literal(
    1,
    (issue) => `This game reads schema version 1, not ${describeValue(issue.input)}`,
  ),
  id: v.picklist(STAGE_IDS),
  order: int(0, 100),
  title: localText(200),
  intro: localText(),
  lesson: localText(),
  days: day(),
  startCashFen: fen(MAX_CASH_FEN),
  enabledActions: list(v.picklist(PLAYER_ACTION_TYPES)),
  levers: LeversSchema,
  platform: PlatformSchema,
  credit: record({ limitFen: fen(MAX_CASH_FEN), monthlyInterestBp: bp() }),
  calendar: list(record({ kind: v.picklist(CALENDAR_KINDS), fromDay: day(), toDay: day() })),
  market: MarketSchema,
  suppliers: list(SupplierSchema),
  listings: list(ListingSchema, MAX_ARRAY_LENGTH, 1),
  // Same cap as the setStaff action, so a level cannot start where the player could never return.
  staff: perRole(int(0, 50)),
  roles: perRole(
    record({
      monthlyWageFen: fen(),
      capacityPerDay: int(0, 1_000_000),
      hireCostFen: fen(),
    }),
  ),
  events: list(
    record({
      kind: v.picklist(EVENT_KINDS),
      fromDay: day(),
      toDay: day(),
      weight: int(0, 1000),
      maxCount: int(0, 20),
      meterBp: bp(),
      atDay: duration(),
    }),
  ),
  eventDeck: record({
    minDrawn: int(0, 20),
    maxDrawn: int(0, 20),
    fromDay: day(),
    toDay: day(),
    minGapDays: duration(),
  }),
  goals: record({
    salesTargetOrders: int(0, 100_000_000),
    profitTargetFen: fen(MAX_CASH_FEN),
    sellThroughBp: bp(),
    trendFitBp: bp(),
    escapeMarginBp: bp(),
  }),
  stars: list(v.picklist(STAR_RULES)),
  defaultPlan: list(record({ day: day(), action: ActionSchema })),
});

export type LevelOutput = v.InferOutput<typeof LevelSchema>;

/** Compiles only when A is assignable to B; its error names the first field that differs. */
type Assignable<A extends B, B> = A;
/** Identity, not assignability: also catches an optional field Level gained that the schema lacks. */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsTrue<T extends true> = T;
export type LevelSchemaMatchesLevel = [
  Assignable<LevelOutput, Level>,
  IsTrue<Equal<LevelOutput, Level>>,
];

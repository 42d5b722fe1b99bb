import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { formatLevelError } from '../../src/content/errors';
import { parseAction } from '../../src/content/parseAction';
import {
  applyLevers,
  parseLevelBytes,
  parseLevelText,
  parseLevelValue,
  type LevelError,
  type LevelResult,
} from '../../src/content/parseLevel';
import type { Level, Levers } from '../../src/sim/level';

const text = (en: string) => ({ en, zh: en });
const option = (id: string) => ({
  ...{ id, name: text(id), trendFitBp: 6_000, qualityBp: 10_000, unitCostAddFen: 300 },
});
const competitor = (id: string, rank: number) => ({
  ...{ id, name: text(id), rank, priceFen: 5_900, ratingTenths: 47, reviews: 1_200 },
  ...{ qualityBp: 11_000, trendFitBp: 5_000, features: ['cotton'], designProtected: false },
});
const role = { monthlyWageFen: 500_000, capacityPerDay: 200, hireCostFen: 100_000 };

function validLevel(): Level {
  return {
    schemaVersion: 1,
    id: 'traffic',
    order: 1,
    title: text('Traffic'),
    intro: text('Get visitors.'),
    lesson: text('Paid clicks cost money.'),
    days: 30,
    startCashFen: 5_000_000,
    enabledActions: ['setPrice', 'setAds', 'orderStock'],
    levers: {
      ...{ commissionBp: 500, paymentFeeBp: 60, cpcScaleBp: 10_000, returnRateScaleBp: 10_000 },
      ...{ detectionStrictnessBp: 10_000, settlementDays: 7 },
    },
    platform: {
      ...{ depositFen: 100_000, taxBp: 300, socialInsuranceBp: 3_000, fixedCostPerDayFen: 5_000 },
      ...{ shippingPerParcelFen: 400, packagingPerParcelFen: 50, freightInsurancePerOrderFen: 30 },
      ...{ returnHandlingFen: 200, brusherFeeFen: 500, emptyParcelFen: 150 },
      ...{ clearanceRecoveryBp: 3_000, returnLagDays: 5, resellableReturnBp: 8_000 },
      endOfStageCoverDays: 0,
    },
    credit: { limitFen: 10_000_000, monthlyInterestBp: 150 },
    calendar: [{ kind: 'festival', fromDay: 10, toDay: 12 }],
    market: {
      ...{ searchesPerDay: 20_000, categoryConversionBp: 300, categoryReturnBp: 800 },
      ...{ referencePriceFen: 6_000, listingCount: 500 },
      searchTrend: [
        { day: 1, bp: 10_000 },
        { day: 30, bp: 12_000 },
      ],
      competitors: [competitor('c1', 1), competitor('c2', 2)],
      materials: [option('cotton'), option('linen')],
      styles: [option('plain'), option('print')],
    },
    suppliers: [
      {
        ...{ id: 's1', name: text('Supplier'), moq: 50, leadDays: 3, defectBp: 200 },
        ...{ depositBp: 3_000, netDays: 30, qualityBp: 10_000 },
        tiers: [
          { minQty: 50, unitCostFen: 2_000 },
          { minQty: 500, unitCostFen: 1_800 },
        ],
      },
    ],
    listings: [
      {
        ...{ id: 'tee', name: text('Tee'), priceFen: 5_900, unitCostFen: 2_000, supplierId: 's1' },
        ...{ onHand: 100, qualityBp: 10_000, trendFitBp: 6_000, defectBp: 200 },
        ...{ materialId: 'cotton', styleId: 'plain', reviewsGood: 0, reviewsBad: 0, ageDays: 0 },
        salesHistory: [],
      },
    ],
    staff: { customerService: 1, operator: 1, designer: 0, warehouse: 1 },
    roles: { customerService: role, operator: role, designer: role, warehouse: role },
    events: [
      {
        kind: 'supplierDelay',
        fromDay: 5,
        toDay: 20,
        weight: 1,
        maxCount: 1,
        meterBp: 0,
        atDay: 0,
      },
    ],
    eventDeck: { minDrawn: 1, maxDrawn: 1, fromDay: 5, toDay: 20, minGapDays: 3 },
    goals: {
      ...{ salesTargetOrders: 300, profitTargetFen: 100_000, sellThroughBp: 8_000 },
      ...{ trendFitBp: 6_000, escapeMarginBp: 500 },
    },
    stars: ['salesTarget', 'profit'],
    defaultPlan: [
      { day: 1, action: { type: 'setAds', listingId: 'tee', dailyBudgetFen: 5_000, bidFen: 80 } },
      {
        day: 3,
        action: {
          type: 'orderStock',
          listingId: 'tee',
          supplierId: 's1',
          qty: 200,
          qualityCheck: true,
        },
      },
      { day: 5, action: { type: 'respondEvent', choice: 'wait' } },
    ],
  };
}

/** Object keys and array indexes of a path written like `$.market.competitors[1].rank`. */
function keysOf(path: string): (string | number)[] {
  return [...path.matchAll(/\.([^.[]+)|\[(\d+)\]/g)].map(([, key, index]) => key ?? Number(index));
}

/** A JSON copy of the valid level with the value at `path` replaced (deleted when `value` is undefined). */
function withValue(path: string, value: unknown): unknown {
  const root: unknown = JSON.parse(JSON.stringify(validLevel()));
  const keys = keysOf(path);
  let node = root as Record<string | number, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = keys[keys.length - 1] ?? '';
  if (value === undefined) delete node[last];
  else node[last] = value;
  return root;
}

function errorsOf(result: LevelResult): LevelError[] {
  return result.ok ? [] : result.errors;
}

const oneError = (path: string, says: string) => [{ path, message: expect.stringContaining(says) }];

const tooMany = Array.from({ length: 301 }, (_, i) => competitor(`c${i}`, i + 1));
const deep: unknown = JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`);
const deepAt = `$.market.colour${'[0]'.repeat(30)}`;
const discount = { type: 'setDiscount', listingId: 'tee', discountBp: 1_000 };
const [plan0, plan1] = ['$.defaultPlan[0].action', '$.defaultPlan[1].action'];
const [span0, tier0] = ['$.calendar[0]', '$.suppliers[0].tiers[0].minQty'];

/** Behaviour, path to change, new value (undefined deletes), message fragment, error path if not the changed one. */
type Rejection = [string, string, unknown, string, string?];
const rejections: Rejection[] = [
  ['rejects an unknown key', '$.market.colour', 'red', 'Unknown field'],
  ['rejects a constructor key anywhere', '$.listings[0].name.constructor', 'x', 'not allowed'],
  ['rejects a prototype key anywhere', '$.goals.prototype', {}, 'not allowed'],
  ['rejects nesting deeper than 32 levels', '$.market.colour', deep, 'deeper than 32', deepAt],
  ['rejects a missing field', '$.goals.trendFitBp', undefined, 'required field'],
  ['rejects a list where an object belongs', '$.credit', [], 'not a list'],
  ['rejects non-integer money', '$.listings[0].priceFen', 59.5, '59.5 is not a whole number'],
  ['rejects an unsafe integer', '$.startCashFen', 2 ** 53 + 2, 'not a safe integer'],
  ['rejects negative money', '$.market.competitors[1].priceFen', -1, 'below the minimum 0'],
  ['rejects start cash above 10^12 fen', '$.startCashFen', 1e12 + 1, 'above the maximum'],
  ['rejects a schema version other than 1', '$.schemaVersion', 2, 'version 1, not 2'],
  ['rejects a multiplier above 100000 bp', '$.market.searchTrend[0].bp', 100_001, 'maximum'],
  ['rejects a share above 10000 bp', '$.platform.taxBp', 10_001, 'above the maximum 10000'],
  ['rejects a day outside 1..365', '$.days', 0, 'below the minimum 1'],
  ['rejects an id with spaces', '$.listings[0].id', 'my tee', 'not a valid id'],
  ['rejects an unknown enabled action', '$.enabledActions[1]', 'advanceDay', 'is not one of'],
  ['rejects more than 300 competitors', '$.market.competitors', tooMany, 'maximum 300'],
  ['rejects an unknown supplier on a listing', '$.listings[0].supplierId', 'x', 'No supplier'],
  ['rejects an unknown style on a listing', '$.listings[0].styleId', 'stripes', 'No style'],
  ['rejects duplicate competitor ids', '$.market.competitors[1].id', 'c1', 'already used'],
  ['rejects duplicate competitor ranks', '$.market.competitors[1].rank', 1, 'already held'],
  ['rejects a rank beyond the listing count', '$.market.competitors[1].rank', 501, 'beyond'],
  ['rejects unsorted supplier tiers', '$.suppliers[0].tiers[1].minQty', 40, 'ascending minQty'],
  ['rejects a first tier above the moq', '$.suppliers[0].moq', 10, 'above the moq', tier0],
  ['rejects a calendar span that ends before it starts', span0 + '.toDay', 9, 'after its', span0],
  ['rejects a calendar span past the last day', span0 + '.toDay', 31, 'after the last day'],
  ['rejects a plan action field out of range', plan1 + '.qty', 5_000_000, 'maximum 100000'],
  ['rejects an unknown plan action type', plan0 + '.type', 'bribe', 'not a known action type'],
  ['rejects a plan action missing a field', plan1 + '.qualityCheck', undefined, 'missing its'],
  ['rejects a plan action with an unknown listing', plan0 + '.listingId', 'x', 'No listing'],
  ['rejects a plan action the level does not enable', plan0, discount, 'not in', plan0 + '.type'],
  ['rejects advanceDay in a plan', plan0, { type: 'advanceDay' }, 'cannot', plan0 + '.type'],
  ['rejects a plan day after the last day', '$.defaultPlan[2].day', 31, 'after the last day'],
];

describe('parseLevelValue', () => {
  it('accepts a valid level', () => {
    expect(parseLevelText(JSON.stringify(validLevel()))).toEqual({ ok: true, level: validLevel() });
  });

  it('returns a copy that shares no objects with the input', () => {
    const input = validLevel();
    const level = parseLevelValue(input);
    expect(level.ok && level.level.market !== input.market).toBe(true);
    expect(level.ok && level.level.defaultPlan[0]?.action !== input.defaultPlan[0]?.action).toBe(
      true,
    );
  });

  it('accepts start cash of exactly 10^12 fen', () => {
    expect(parseLevelValue(withValue('$.startCashFen', 1e12)).ok).toBe(true);
  });

  it('always allows respondEvent in the plan without enabling it', () => {
    expect(validLevel().enabledActions).not.toContain('respondEvent');
    expect(parseLevelValue(validLevel()).ok).toBe(true);
  });

  it.each(rejections)('%s', (_, at, value, says, errorAt) => {
    expect(errorsOf(parseLevelValue(withValue(at, value)))).toEqual(oneError(errorAt ?? at, says));
  });
});

describe('parseLevelText', () => {
  it('rejects a __proto__ key before schema validation', () => {
    const json = JSON.stringify(validLevel()).replace('"market":{', '"market":{"__proto__":{},');
    expect(errorsOf(parseLevelText(json))).toEqual(oneError('$.market.__proto__', '"__proto__"'));
  });

  it('rejects text over 256 KiB before parsing', () => {
    const padded = JSON.stringify(validLevel()) + ' '.repeat(256 * 1024);
    expect(errorsOf(parseLevelText(padded))).toEqual(oneError('$', 'larger than the limit'));
  });

  it('measures the size in UTF-8 bytes, not characters', () => {
    const wide = JSON.stringify('店'.repeat(100_000));
    expect(errorsOf(parseLevelText(wide))).toEqual(oneError('$', 'larger than the limit'));
  });

  it('rejects invalid JSON with its line and column', () => {
    expect(errorsOf(parseLevelText('{"schemaVersion": 1,'))).toEqual([
      { path: '$', message: 'line 1, column 21: a key in double quotes was expected' },
    ]);
  });
});

describe('level files as trainers save them', () => {
  const pretty = JSON.stringify(validLevel(), null, 2);
  const bytes = (value: string) => new TextEncoder().encode(value);

  it('refuses a duplicated key with its JSON path', () => {
    const twice = pretty.replace(
      '"startCashFen": 5000000,',
      '"startCashFen": 1,\n  "startCashFen": 5000000,',
    );
    expect(errorsOf(parseLevelText(twice))).toEqual([
      {
        path: '$.startCashFen',
        message: expect.stringMatching(
          /^line \d+, column 3: the key "startCashFen" appears twice in the same object; keep one$/,
        ) as unknown,
      },
    ]);
    const price = pretty.replace('"priceFen": 5900,', '"priceFen": 5900,\n"priceFen": 1,');
    expect(errorsOf(parseLevelText(price))[0]?.path).toBe('$.market.competitors[0].priceFen');
  });

  it('drops a UTF-8 byte-order mark, from text and from bytes', () => {
    expect(parseLevelText(`\uFEFF${pretty}`)).toEqual({ ok: true, level: validLevel() });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(pretty)]);
    expect(parseLevelBytes(withBom)).toEqual({ ok: true, level: validLevel() });
  });

  it('names UTF-16 files as such, with or without a byte-order mark', () => {
    const utf16 = (bom: number[]) => {
      const out = [...bom];
      for (const c of pretty.slice(0, 200)) out.push(c.charCodeAt(0), 0);
      return new Uint8Array(out);
    };
    for (const file of [utf16([0xff, 0xfe]), utf16([])]) {
      expect(errorsOf(parseLevelBytes(file))).toEqual(
        oneError('$', 'line 1, column 1: the file is saved as UTF-16; save it as UTF-8'),
      );
    }
  });

  it('names bytes that are not UTF-8 with where they start', () => {
    const broken = bytes(`{\n  "a": "x`);
    const file = new Uint8Array([...broken, 0xff, ...bytes('"}')]);
    expect(errorsOf(parseLevelBytes(file))).toEqual([
      { path: '$', message: 'line 2, column 10: the file is not UTF-8 text; save it as UTF-8' },
    ]);
  });

  it('explains comments and trailing commas in plain words', () => {
    expect(errorsOf(parseLevelText('{\n  // the shop\n  "id": "traffic"\n}'))[0]).toEqual({
      path: '$',
      message: 'line 2, column 3: comments are not allowed in a level file; remove them',
    });
    expect(errorsOf(parseLevelText('{\n  /* x */ "id": 1\n}'))[0]?.message).toBe(
      'line 2, column 3: comments are not allowed in a level file; remove them',
    );
    expect(errorsOf(parseLevelText('{\n  "id": "traffic",\n}'))).toEqual([
      {
        path: '$',
        message: 'line 3, column 1: a comma before the closing } is not allowed in JSON; remove it',
      },
    ]);
    expect(errorsOf(parseLevelText('{"a": [1, 2,]}'))[0]?.message).toBe(
      'line 1, column 13: a comma before the closing ] is not allowed in JSON; remove it',
    );
  });
});

describe('parseAction', () => {
  it('reports a precise path and message', () => {
    const action = { type: 'clearStock', listingId: 'tee', qty: 5_000_000 };
    expect(parseAction(action, '$[3].action')).toEqual({
      ok: false,
      error: { path: '$[3].action.qty', message: '5000000 is above the maximum 100000' },
    });
  });

  it('rejects a field the action does not have', () => {
    const result = parseAction({ type: 'cancelPlan', listingId: 'tee', plan: 'spiral' }, '$');
    expect(result.ok ? null : result.error.path).toBe('$.plan');
  });

  it('rejects a value outside an enum', () => {
    const result = parseAction({ type: 'startPlan', listingId: 'tee', plan: 'rocket' }, '$');
    expect(result.ok ? null : result.error.message).toBe('"rocket" is not one of spiral, ramp123');
  });

  it('rejects a non-boolean flag', () => {
    const result = parseAction(
      { type: 'setClaims', listingId: 'tee', superlative: 1, materialClaim: false },
      '$',
    );
    expect(result.ok ? null : result.error).toEqual({
      path: '$.superlative',
      message: 'Expected true or false, not 1',
    });
  });

  it('accepts advanceDay', () => {
    expect(parseAction({ type: 'advanceDay' }, '$')).toEqual({
      ok: true,
      action: { type: 'advanceDay' },
    });
  });
});

describe('applyLevers', () => {
  it('overrides levers within range', () => {
    const result = applyLevers(validLevel(), { cpcScaleBp: 20_000 });
    expect(result.ok && result.level.levers.cpcScaleBp).toBe(20_000);
  });

  it('rejects an override out of range', () => {
    const result = applyLevers(validLevel(), { settlementDays: 31 });
    expect(result.ok ? [] : result.errors).toEqual([
      { path: '$.levers.settlementDays', message: '31 is above the maximum 30' },
    ]);
  });

  it('rejects an unknown lever', () => {
    const result = applyLevers(validLevel(), JSON.parse('{"bonusBp": 5}') as Partial<Levers>);
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual(['$.levers.bonusBp']);
  });
});

describe('shipped levels', () => {
  it('parses every file in levels/', () => {
    const dir = fileURLToPath(new URL('../../levels/', import.meta.url));
    const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')) : [];
    const failures = files.flatMap((name) =>
      errorsOf(parseLevelText(readFileSync(`${dir}${name}`, 'utf8'))).map(
        (error) => `${name} ${formatLevelError(error)}`,
      ),
    );
    expect(failures).toEqual([]);
  });
});

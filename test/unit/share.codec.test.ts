import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLog, encodeLog, TYPE_CODES } from '../../src/share/actionCodec';
import { decodeBase64Url, encodeBase64Url } from '../../src/share/base64url';
import { ByteReader, ByteWriter } from '../../src/share/bytes';
import { crc32 } from '../../src/share/crc32';
import { ACTION_SPECS, STAGE_IDS, type Action } from '../../src/sim/index';
import { actionArb } from './shareArbitraries';
import { shippedLevels } from '../fixtures/campaigns';

const levels = shippedLevels();

describe('building blocks', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('round-trips bytes through base64url, strictly', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeBase64Url(text)).toEqual({ bytes: Uint8Array.from(bytes), exact: true });
      }),
      { seed: 11, numRuns: 300 },
    );
    expect(decodeBase64Url('AB').exact).toBe(false); // unused low bits set
    expect(decodeBase64Url('AAAAA').exact).toBe(false); // a lone final character
  });

  it('round-trips varints and u32 at their ends', () => {
    const values = [0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 0xffff_ffff];
    const writer = new ByteWriter();
    for (const v of values) {
      writer.varint(v);
      writer.u32(v);
    }
    const reader = new ByteReader(writer.finish());
    for (const v of values) expect([reader.varint(), reader.u32()]).toEqual([v, v]);
    reader.expectEnd();
    expect(() => new ByteWriter().varint(2 ** 32)).toThrow(RangeError);
  });

  // The format numbers types itself and takes field layouts from ACTION_SPECS. If this list has to
  // change, old links would decode differently: bump FORMAT_VERSION and describe it in FORMAT.md.
  it('pins the action layout the link format depends on', () => {
    const layout = ACTION_SPECS.map((spec) => {
      const fields = spec.fields.map((f) => {
        if (f.kind === 'enum') return `${f.name}:enum(${f.values.join('|')})`;
        if (f.kind === 'ref') return `${f.name}:ref(${f.refersTo})`;
        if (f.kind === 'int') return `${f.name}:${f.min < 0 ? 'signed' : 'int'}`;
        return `${f.name}:bool`;
      });
      return `${TYPE_CODES.indexOf(spec.type as (typeof TYPE_CODES)[number])} ${spec.type}(${fields.join(',')})`;
    });
    expect(layout.sort((a, b) => parseInt(a) - parseInt(b))).toEqual([
      '0 advanceDay()',
      '1 setAds(listingId:ref(listing),dailyBudgetFen:int,bidFen:int)',
      '2 setPrice(listingId:ref(listing),priceFen:int)',
      '3 setDiscount(listingId:ref(listing),discountBp:int)',
      '4 setFakeOrders(listingId:ref(listing),searchPerDay:int,adPerDay:int)',
      '5 startPlan(listingId:ref(listing),plan:enum(spiral|ramp123))',
      '6 cancelPlan(listingId:ref(listing))',
      '7 setDesign(listingId:ref(listing),materialId:ref(material),styleId:ref(style))',
      '8 orderStock(listingId:ref(listing),supplierId:ref(supplier),qty:int,qualityCheck:bool)',
      '9 clearStock(listingId:ref(listing),qty:int)',
      '10 copyCompetitor(listingId:ref(listing),competitorId:ref(competitor),differentiationBp:int)',
      '11 setClaims(listingId:ref(listing),superlative:bool,materialClaim:bool)',
      '12 setStaff(role:enum(customerService|operator|designer|warehouse),headcount:int)',
      '13 drawCredit(amountFen:int)',
      '14 repayCredit(amountFen:int)',
      '15 respondEvent(choice:enum(wait|expedite|match|hold|join|decline|settle|contest|changeListing|replace|raise|accept|volumePrice|longerTerms|keep|compensate|ignore|hireTemp|letSlide|advertise|rework|ship|stockUp|skip|presale|adPush|inspect|asIs))',
    ]);
  });
});

describe('action log codec', () => {
  for (const stage of STAGE_IDS) {
    it(`carries any in-range log on ${stage} unchanged`, () => {
      const level = levels[stage];
      const logArb = fc.array(
        fc.oneof(
          { weight: 2, arbitrary: fc.constant<Action>({ type: 'advanceDay' }) },
          actionArb(level),
        ),
        { maxLength: 120 },
      );
      fc.assert(
        fc.property(logArb, (raw) => {
          // At most the stage's days: a longer log is refused by design.
          let days = 0;
          const log = raw.filter((a) => a.type !== 'advanceDay' || ++days <= level.days);
          const writer = new ByteWriter();
          encodeLog(writer, level, log);
          expect(decodeLog(new ByteReader(writer.finish()), level)).toEqual(log);
        }),
        { seed: 100 + STAGE_IDS.indexOf(stage), numRuns: 300 },
      );
    });
  }

  it('folds long runs of days into a few bytes', () => {
    const level = levels.comprehensive;
    const days = (n: number): Action[] => Array.from({ length: n }, () => ({ type: 'advanceDay' }));
    const writer = new ByteWriter();
    encodeLog(writer, level, [
      ...days(3),
      { type: 'drawCredit', amountFen: 5_000_000 },
      ...days(57),
    ]);
    // op(3 days, drawCredit) + varint(5000·4+3) + op(run) + varint(57)
    expect(writer.length).toBe(1 + 3 + 1 + 1);
  });
});

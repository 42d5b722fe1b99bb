import { describe, expect, it } from 'vitest';
import { roundOneBriefs } from '../../src/share/roundClass';
import {
  decodeBriefLink,
  decodeClassLink,
  encodeClassLink,
  queryForm,
} from '../../src/share/roundLinks';
import { SCENARIO_SPEC } from '../fixtures/roundScenario';
import { loadLevel } from './levels';

const base = loadLevel('comprehensive');
const PAGE = 'https://example.org/four-stages/';

describe('round links to send are in the query form that chat apps keep', () => {
  it('gives each seat its brief as page?n=…, and the same brief as the fragment form', () => {
    const sent = roundOneBriefs(SCENARIO_SPEC, base, { page: PAGE });
    const bare = roundOneBriefs(SCENARIO_SPEC, base);
    expect(sent.length).toBe(SCENARIO_SPEC.seats);
    sent.forEach((link, i) => {
      expect(link.startsWith(`${PAGE}?n=`)).toBe(true);
      expect(link.slice(PAGE.length + 1)).toBe(bare[i]?.slice(1));
    });
  });

  it('reads a sent brief and class link after WeChat and QQ have added their parameters', () => {
    const brief = roundOneBriefs(SCENARIO_SPEC, base, { page: PAGE })[0] ?? '';
    const classLink = queryForm(encodeClassLink(SCENARIO_SPEC, base, PAGE));
    expect(classLink.startsWith(`${PAGE}?c=`)).toBe(true);
    for (const mangle of [
      (l: string) => `${l}&shareTo=weixin`,
      (l: string) => `${l}&from=singlemessage&isappinstalled=0`,
      (l: string) => l.replace('?', '?nsukey=Zx9%2Bq&'),
    ]) {
      const read = decodeBriefLink(mangle(brief), base);
      expect(read.ok && read.link.seat).toBe(1);
      expect(decodeClassLink(mangle(classLink), base).ok).toBe(true);
    }
  });

  it('leaves a link already in query form, or without a fragment, as it is', () => {
    expect(queryForm(`${PAGE}?n=abc`)).toBe(`${PAGE}?n=abc`);
    expect(queryForm(`${PAGE}?lang=zh#n=abc`)).toBe(`${PAGE}?n=abc`);
  });
});

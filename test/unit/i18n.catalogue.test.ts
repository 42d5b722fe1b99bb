/**
 * The catalogues are spread together from several files, so a key written in two of them
 * silently takes the later file's text: the class market's "Class market" once replaced the
 * shop's "Market data" heading that way. Every key is written in exactly one file.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enDebrief } from '../../src/present/i18n/enDebrief';
import { enGame } from '../../src/present/i18n/enGame';
import { enMarket } from '../../src/present/i18n/enMarket';
import { enMarketDesk } from '../../src/present/i18n/enMarketDesk';
import { enPlatform } from '../../src/present/i18n/enPlatform';
import { enShare } from '../../src/present/i18n/enShare';
import { enStages } from '../../src/present/i18n/enStages';
import { zhDebrief } from '../../src/present/i18n/zhDebrief';
import { zhGame } from '../../src/present/i18n/zhGame';
import { zhMarket } from '../../src/present/i18n/zhMarket';
import { zhMarketDesk } from '../../src/present/i18n/zhMarketDesk';
import { zhPlatform } from '../../src/present/i18n/zhPlatform';
import { zhShare } from '../../src/present/i18n/zhShare';
import { zhShell } from '../../src/present/i18n/zhShell';
import { zhStages } from '../../src/present/i18n/zhStages';

/** The keys en.ts writes itself, before it spreads the other files in. */
function enInlineKeys(): string[] {
  const source = readFileSync(new URL('../../src/present/i18n/en.ts', import.meta.url), 'utf8');
  return [...source.matchAll(/^ {2}'([^']+)':/gm)].map((match) => match[1] as string);
}

function keysWrittenTwice(parts: Record<string, readonly string[]>): string[] {
  const owner = new Map<string, string>();
  const twice: string[] = [];
  for (const [file, keys] of Object.entries(parts)) {
    for (const key of keys) {
      const first = owner.get(key);
      if (first === undefined) owner.set(key, file);
      else twice.push(`${key}: ${first} and ${file}`);
    }
  }
  return twice;
}

describe('the message catalogues', () => {
  it('write each English key in one file only', () => {
    const inline = enInlineKeys();
    expect(inline.length).toBeGreaterThan(50);
    expect(
      keysWrittenTwice({
        'en.ts': inline,
        enGame: Object.keys(enGame),
        enStages: Object.keys(enStages),
        enPlatform: Object.keys(enPlatform),
        enShare: Object.keys(enShare),
        enMarket: Object.keys(enMarket),
        enMarketDesk: Object.keys(enMarketDesk),
        enDebrief: Object.keys(enDebrief),
      }),
    ).toEqual([]);
  });

  it('write each Chinese key in one file only', () => {
    expect(
      keysWrittenTwice({
        zhShell: Object.keys(zhShell),
        zhGame: Object.keys(zhGame),
        zhStages: Object.keys(zhStages),
        zhPlatform: Object.keys(zhPlatform),
        zhShare: Object.keys(zhShare),
        zhMarket: Object.keys(zhMarket),
        zhMarketDesk: Object.keys(zhMarketDesk),
        zhDebrief: Object.keys(zhDebrief),
      }),
    ).toEqual([]);
  });
});

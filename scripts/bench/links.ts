/**
 * `npm run bench:links`: how long a busy campaign's link is in the query form the game shares
 * (with a realistic page address, as its QR code carries it), and how long verifying a class's
 * worth of them (60, all four stages each) takes in Node. Prints figures; asserts nothing
 * beyond each link verifying, since timings depend on the machine (the length cap is a unit
 * test: test/unit/share.format2.test.ts).
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { codeOfLink } from '../../src/share/code';
import {
  encodeResultLink,
  encodeSessionLink,
  MAX_LINK_CHARS,
  verifyResultLink,
} from '../../src/share/index';
import { busyCampaign, decisionCount, shippedLevels } from '../../test/fixtures/campaigns';
import { benchRoundClearing } from './round';

const LINKS = 60;
const levels = shippedLevels();
/** Issue 15: at most this many characters, so the QR code of the link still scans on a phone. */
const QR_LINK_CHARS = 1000;
const PAGE = 'https://example.org/four-stages/';

const links: string[] = [];
let decisions = 0;
let longest = 0;
for (let i = 0; i < LINKS; i++) {
  const run = busyCampaign(levels, 1_000 + i, `Student ${i + 1}`);
  decisions += decisionCount(run);
  const encoded = encodeResultLink(run, levels, PAGE, 'query');
  if (!encoded.ok) throw new Error(encoded.message);
  links.push(encoded.link);
  longest = Math.max(longest, encoded.link.length);
}
const first = busyCampaign(levels, 7);
const firstLink = encodeResultLink(first, levels, PAGE, 'query');
if (!firstLink.ok) throw new Error(firstLink.message);

const session = encodeSessionLink(
  {
    name: 'Class 3B',
    seed: 123_456,
    levers: {},
    stages: ['traffic', 'product', 'market', 'comprehensive'],
    language: 'zh',
  },
  levels,
  PAGE,
  'query',
);
if (!session.ok) throw new Error(session.message);
const resultCode = codeOfLink(firstLink.link) ?? '';
const sessionCode = codeOfLink(session.link) ?? '';

// One untimed pass, so the figure is the steady state a trainer's page sees after the first link.
if (!verifyResultLink(links[0], levels).ok) throw new Error('the warm-up link did not verify');
const start = performance.now();
for (const link of links) {
  const result = verifyResultLink(link, levels);
  if (!result.ok) throw new Error(`a benchmark link did not verify: ${result.message}`);
}
const elapsed = performance.now() - start;

const lines = [
  `busy campaign (seed 7): ${decisionCount(first)} decisions in 4 stages -> query-form link of ${firstLink.link.length} characters on ${PAGE} (payload ${firstLink.payload.length}; QR cap ${QR_LINK_CHARS}, decoder cap ${MAX_LINK_CHARS})`,
  `${LINKS} busy campaigns: ${Math.round(decisions / LINKS)} decisions on average, longest query-form link ${longest} characters`,
  `codes: the busy campaign's ${resultCode.length} characters, a four-stage session "Class 3B" ${sessionCode.length} (its link ${session.link.length})`,
  `verify ${LINKS} links (4 stages each): ${elapsed.toFixed(0)} ms total, ${(elapsed / LINKS).toFixed(1)} ms per link`,
];
console.log(lines.join('\n'));
console.log(benchRoundClearing(fileURLToPath(new URL('../..', import.meta.url))).join('\n'));

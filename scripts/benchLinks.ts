/**
 * `npm run bench:links`: how long a busy campaign's link is, and how long verifying a class's
 * worth of them (60, all four stages each) takes in Node. Prints figures; asserts nothing
 * beyond each link verifying, since timings depend on the machine.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { encodeResultLink, MAX_LINK_CHARS, verifyResultLink } from '../src/share/index';
import { busyCampaign, decisionCount, shippedLevels } from '../test/unit/shareFixtures';
import { benchRoundClearing } from './benchRound';

const LINKS = 60;
const levels = shippedLevels();

const links: string[] = [];
let decisions = 0;
let longest = 0;
for (let i = 0; i < LINKS; i++) {
  const run = busyCampaign(levels, 1_000 + i, `Student ${i + 1}`);
  decisions += decisionCount(run);
  const encoded = encodeResultLink(run, levels);
  if (!encoded.ok) throw new Error(encoded.message);
  links.push(encoded.link);
  longest = Math.max(longest, encoded.link.length);
}
const first = busyCampaign(levels, 7);
const firstLink = encodeResultLink(first, levels);
if (!firstLink.ok) throw new Error(firstLink.message);

// One untimed pass, so the figure is the steady state a trainer's page sees after the first link.
if (!verifyResultLink(links[0], levels).ok) throw new Error('the warm-up link did not verify');
const start = performance.now();
for (const link of links) {
  const result = verifyResultLink(link, levels);
  if (!result.ok) throw new Error(`a benchmark link did not verify: ${result.message}`);
}
const elapsed = performance.now() - start;

const lines = [
  `busy campaign (seed 7): ${decisionCount(first)} decisions in 4 stages -> link fragment of ${firstLink.link.length} characters (cap for a busy campaign 1500, decoder cap ${MAX_LINK_CHARS})`,
  `${LINKS} busy campaigns: ${Math.round(decisions / LINKS)} decisions on average, longest fragment ${longest} characters`,
  `verify ${LINKS} links (4 stages each): ${elapsed.toFixed(0)} ms total, ${(elapsed / LINKS).toFixed(1)} ms per link`,
];
console.log(lines.join('\n'));
console.log(benchRoundClearing(fileURLToPath(new URL('..', import.meta.url))).join('\n'));

/**
 * Result links made from the golden plans, and what the built game must show for each: the run
 * code (state hash) of every stage, as Node's verifier computes it and as the golden file pins it.
 * Cases that share a seed and cover distinct stages travel in one campaign link, as a player's do.
 */
import { loadShippedLevels } from '../../src/platform/levels';
import { encodeResultLink, verifyResultLink, type LevelSet } from '../../src/share/index';
import { STAGE_IDS, runStage, type Level, type StageId } from '../../src/sim/index';
import type { GoldenCase, GoldenFile } from '../../test/golden/goldenFile';

export interface ResultLinkCase {
  label: string;
  /** The fragment only (`#r=…`): the caller puts the page's address in front. */
  fragment: string;
  /** Per stage in link order: the run code Node's verifier gives, which the golden file pins. */
  runCodes: string[];
}

export function shippedLevels(): LevelSet {
  const loaded = loadShippedLevels();
  if (!loaded.ok) throw new Error(`levels/${loaded.file}: ${loaded.problem}`);
  return Object.fromEntries(loaded.levels.map((level) => [level.id, level]));
}

function groupsOf(cases: readonly GoldenCase[]): GoldenCase[][] {
  const bySeed = new Map<number, GoldenCase[]>();
  for (const c of cases) bySeed.set(c.seed, [...(bySeed.get(c.seed) ?? []), c]);
  const groups: GoldenCase[][] = [];
  for (const group of bySeed.values()) {
    const distinct = new Set(group.map((c) => c.stage)).size === group.length;
    if (distinct) {
      groups.push(
        [...group].sort((a, b) => STAGE_IDS.indexOf(a.stage) - STAGE_IDS.indexOf(b.stage)),
      );
    } else {
      for (const c of group) groups.push([c]);
    }
  }
  return groups;
}

export function resultLinkCases(file: GoldenFile, levels: LevelSet): ResultLinkCase[] {
  return groupsOf(file.cases).map((group) => {
    const seed = group[0]?.seed ?? 0;
    const stages = group.map((c) => {
      const level: Level | undefined = levels[c.stage];
      if (!level) throw new Error(`${c.name}: no level ${c.stage}`);
      const run = runStage(level, c.seed, c.plan);
      if (!run.ok) throw new Error(`${c.name}: step ${run.stepIndex} was rejected (${run.error})`);
      return { stage: c.stage as StageId, log: run.log };
    });
    const label =
      group.length === 1 ? (group[0]?.name ?? '') : `seed ${seed}, ${group.length} stages`;
    const encoded = encodeResultLink({ name: 'Engine check', seed, levers: {}, stages }, levels);
    if (!encoded.ok) throw new Error(`${label}: the link could not be made (${encoded.message})`);
    const verified = verifyResultLink(encoded.link, levels);
    if (!verified.ok) throw new Error(`${label}: Node refuses its own link (${verified.message})`);
    const runCodes = verified.result.stages.map((s) => s.summary.stateHash);
    const pinned = group.map((c) => c.expectedHash);
    if (runCodes.join() !== pinned.join()) {
      throw new Error(
        `${label}: Node's verifier gives ${runCodes.join()}, pinned ${pinned.join()}`,
      );
    }
    const hash = encoded.link.indexOf('#');
    return { label, fragment: encoded.link.slice(hash), runCodes };
  });
}

/** What a page showed for a result link: the score card's run codes, or its refusal. */
export type CardReading =
  { state: 'verified'; runCodes: string[] } | { state: 'refused'; message: string };

/**
 * A function body to run in the page (WebDriver `execute` style): null until the score card or
 * the refusal is on screen. Reads the DOM only, so every driver can use the same one.
 */
export const READ_CARD = `
const card = document.querySelector('article.score-card');
if (card && card.querySelector('.verified-mark')) {
  return { state: 'verified', runCodes: Array.from(card.querySelectorAll('[data-testid=run-code]'), (e) => e.textContent) };
}
const alert = Array.from(document.querySelectorAll('[role=alert]')).find(
  (e) => e.getClientRects().length > 0 && e.textContent,
);
if (alert) return { state: 'refused', message: alert.textContent };
return null;
`;

/** One sentence per way the page's reading differs from Node's; empty when they agree. */
export function checkCard(engine: string, link: ResultLinkCase, reading: CardReading): string[] {
  if (reading.state === 'refused') {
    return [`${link.label}: ${engine} refused a link Node verifies ("${reading.message}")`];
  }
  if (reading.runCodes.join() === link.runCodes.join()) return [];
  return [
    `${link.label}: ${engine} shows run codes ${reading.runCodes.join(', ')}, Node gives ${link.runCodes.join(', ')}`,
  ];
}

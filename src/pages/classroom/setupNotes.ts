import { STAGE_IDS } from '../../sim';
import { el } from '../../ui/kit/dom';
import { t, type MessageKey } from '../../present/i18n';
import type { BoardEntry, SetupGroup } from '../../classroom/board';
import { setupDiff, type Setup, type SetupPart } from '../../classroom/setups';
import { leaderboardTable } from './leaderboard';
import { leverText } from './leverFields';

const PART_TEXT: Record<SetupPart, MessageKey> = {
  seed: 'class.diff.seed',
  levers: 'class.diff.levers',
  stages: 'class.diff.stages',
};

/** "seed 13579 · Stage 1 · Platform commission (%) 6": a setup as a trainer would say it. */
export function describeSetup(setup: Setup): string {
  const stages = setup.stages.map((s) => STAGE_IDS.indexOf(s) + 1).join(', ');
  const levers = leverText(setup.levers);
  return [
    t('class.setupSeed', { seed: setup.seed }),
    t('class.setupStages', { stages }),
    levers.length > 0 ? levers.join(', ') : t('class.setupDefaults'),
  ].join(' · ');
}

/**
 * The class's leaderboard, then — only when some hand-ins were played on another setup — one
 * sentence naming them and what differs, and a separately ranked table per other setup.
 */
export function setupSections(
  groups: readonly SetupGroup[],
  onOpen: (entry: BoardEntry) => void,
): HTMLElement[] {
  const [main, ...others] = groups;
  if (!main) return [];
  const parts: HTMLElement[] = [leaderboardTable(main.entries, onOpen, t('class.leaderboard'))];
  if (others.length === 0) return parts;
  const apart = others.flatMap((g) => g.entries);
  const section = el('section', { class: 'setup-section', 'aria-labelledby': 'setup-h' }, [
    el('h2', { id: 'setup-h', text: t('class.setupHeading', { count: apart.length }) }),
    el('p', {
      class: 'setup-warning',
      text: t('class.setupWarning', {
        count: apart.length,
        names: apart.map((e) => e.name).join(', '),
        setup: describeSetup(main.setup),
      }),
    }),
  ]);
  for (const group of others) {
    const differs = setupDiff(main.setup, group.setup)
      .map((part) => t(PART_TEXT[part]))
      .join(', ');
    section.append(
      leaderboardTable(
        group.entries,
        onOpen,
        t('class.setupCaption', { setup: describeSetup(group.setup), differs }),
      ),
    );
  }
  parts.push(section);
  return parts;
}

import '../pages.css';
import './brief.css';
import { classRoundOf, noteClassRound } from '../../platform/classRounds';
import { browserStorage } from '../../platform/save';
import { createSaveSlot, newTabId, sessionSlotKeys } from '../../platform/saveSlot';
import { levelHash } from '../../share/levelHash';
import { decodeBriefLink, type BriefLink } from '../../share/roundLinks';
import { briefGame, refuseBrief } from '../../share/roundStudent';
import type { RoundFailure } from '../../share/roundReasons';
import type { Level } from '../../sim';
import type { ClassRoundGame } from '../../store/classRound';
import { local, t } from '../../present/i18n';
import { el } from '../../ui/kit/dom';
import { pageBase } from '../../ui/debrief/shareDialog';
import { previousMarket } from './briefView';
import type { JoinedRound } from './roundGame';

/**
 * One slot per seat, round and round level: a brief sent again with the same figures continues
 * the same game, and a re-cleared round (other figures) starts its own.
 */
export function roundSlotId(brief: BriefLink, game: ClassRoundGame): string {
  const klass = (brief.spec.classId >>> 0).toString(16);
  const level = levelHash(game.level).toString(16);
  return `round-${klass}-${brief.seat}-${brief.market.round}-${level}`;
}

/** The refusal, in place of the brief: its one sentence and a way into the normal game. */
export function showRefusal(root: HTMLElement, failure: RoundFailure): void {
  root.replaceChildren(
    el('div', { class: 'page page-trainer page-brief-refused' }, [
      el('section', { class: 'panel brief-refusal' }, [
        el('h1', { tabindex: '-1', text: t('brief.refusedHeading') }),
        el('p', {
          class: 'form-error',
          role: 'alert',
          'data-reason': failure.reason,
          text: local(failure.message),
        }),
        el('a', { class: 'btn', href: pageBase(), text: t('score.openGame') }),
      ]),
    ]),
  );
  root.querySelector<HTMLElement>('h1')?.focus();
}

/**
 * A hand-in link opened in a browser: it can only be read against its class link, which the
 * trainer holds, so the page says where it goes instead of opening a game it is not.
 */
export function showHandInNote(root: HTMLElement): void {
  root.replaceChildren(
    el('div', { class: 'page page-trainer page-brief-refused' }, [
      el('section', { class: 'panel brief-refusal' }, [
        el('h1', { tabindex: '-1', text: t('classRound.handInNoteHeading') }),
        el('p', { text: t('classRound.handInNote') }),
        el('a', { class: 'btn', href: pageBase(), text: t('score.openGame') }),
      ]),
    ]),
  );
  root.querySelector<HTMLElement>('h1')?.focus();
}

/**
 * Reads the brief and what this browser remembers of its class. A damaged, edited, old-format or
 * stale brief is refused with its sentence and nothing saved is touched; an accepted one is noted
 * as seen and opened with its round's slot.
 */
export function openBrief(
  root: HTMLElement,
  shipped: readonly Level[],
  text: string,
): JoinedRound | null {
  const base = shipped.find((level) => level.id === 'comprehensive');
  if (base === undefined) return null;
  const decoded = decodeBriefLink(text, base);
  if (!decoded.ok) {
    showRefusal(root, decoded);
    return null;
  }
  const brief = decoded.link;
  const storage = browserStorage();
  const memory = classRoundOf(storage, brief.spec.classId);
  const stale = refuseBrief(brief, memory);
  if (stale) {
    showRefusal(root, stale);
    return null;
  }
  const seen = memory?.markets.find((m) => m.round === brief.market.round - 1) ?? null;
  noteClassRound(storage, brief.spec.classId, {
    seen: {
      round: brief.market.round,
      referencePriceFen: brief.market.referencePriceFen,
      demandBp: brief.market.demandBp,
    },
  });
  const game = briefGame(brief, base);
  const slot = createSaveSlot(
    storage,
    newTabId(),
    window,
    sessionSlotKeys(roundSlotId(brief, game)),
  );
  const joined: JoinedRound = {
    brief,
    base,
    game,
    slot,
    resume: slot.load().campaign,
    previous: previousMarket(brief, base, seen),
  };
  return joined;
}

import { applyLevers } from '../content/parseLevel';
import { browserStorage, type Campaign } from '../platform/save';
import { createSaveSlot, newTabId, sessionSlotKeys, type SaveSlot } from '../platform/saveSlot';
import {
  decodeSessionLink,
  sanitizeName,
  sessionKey,
  type LevelSet,
  type SessionLink,
} from '../share';
import { STAGE_IDS, type Level } from '../sim';
import { el, nameSlot, sentenceWithName } from '../ui/kit/dom';
import { t } from '../present/i18n';
import { linkMessage } from '../present/linkMessage';
import { pageBase } from '../ui/debrief/shareDialog';

export interface JoinedSession {
  session: SessionLink;
  /** The student's name as it will travel in the result link. */
  name: string;
  /** The session's stages only, with its levers applied: what the store plays. */
  levels: Level[];
  /** This session's own save slot (never the visitor's campaign); null if it has no key. */
  slot: SaveSlot | null;
  /** The game in progress in this session, when the student chose to continue it. */
  resume: Campaign | null;
}

/** The slot of this session and the named game saved in it, if there is one. */
function openSessionSlot(
  session: SessionLink,
  levels: LevelSet,
): { slot: SaveSlot | null; saved: (Campaign & { name: string }) | null } {
  const key = sessionKey(session, levels);
  if (key === null) return { slot: null, saved: null };
  const slot = createSaveSlot(browserStorage(), newTabId(), window, sessionSlotKeys(key));
  const { campaign } = slot.load();
  const name = campaign?.name === undefined ? '' : sanitizeName(campaign.name, '');
  // Only a game of this session's market and stages is offered; anything else starts afresh.
  const fits =
    campaign !== null &&
    campaign.seed === session.seed &&
    (campaign.run === null || session.stages.includes(campaign.run.stage));
  return { slot, saved: fits && name !== '' ? { ...campaign, name } : null };
}

/** Where the saved game stands, for the Continue button: "Stage 2, day 14" or the stages done. */
function progressText(saved: Campaign): string {
  if (saved.run) {
    const day = saved.run.log.filter((a) => a.type === 'advanceDay').length;
    return t('session.resumeRun', { stage: STAGE_IDS.indexOf(saved.run.stage) + 1, day });
  }
  return t('session.resumeDone', { count: Object.keys(saved.results).length });
}

function leveredLevels(session: SessionLink, levels: LevelSet): Level[] | null {
  const out: Level[] = [];
  for (const stage of session.stages) {
    const base = levels[stage];
    const levered = base ? applyLevers(base, session.levers) : null;
    if (!levered?.ok) return null;
    out.push(levered.level);
  }
  return out;
}

/**
 * The page a `#s=` link opens: the session's name, then the student's name. Resolves with the
 * session to play once a name is entered. A bad link shows its one sentence and a way into the
 * normal game, and never resolves: nothing of it reaches the store or the save.
 */
export function joinSession(
  root: HTMLElement,
  shipped: readonly Level[],
  text: string,
): Promise<JoinedSession> {
  const levels: LevelSet = Object.fromEntries(shipped.map((l) => [l.id, l]));
  const decoded = decodeSessionLink(text, levels);
  const levered = decoded.ok ? leveredLevels(decoded.session, levels) : null;
  if (!decoded.ok || !levered) {
    const message = decoded.ok ? t('session.levelsInvalid') : linkMessage(decoded);
    root.replaceChildren(
      el('div', { class: 'page page-session' }, [
        el('article', { class: 'session-card panel' }, [
          el('h1', { tabindex: '-1', text: t('session.badHeading') }),
          el('p', { role: 'alert', text: message }),
          el('a', { class: 'btn btn-primary', href: pageBase(), text: t('score.openGame') }),
        ]),
      ]),
    );
    return new Promise(() => {});
  }
  const session = decoded.session;
  const { slot, saved } = openSessionSlot(session, levels);
  return new Promise((resolve) => {
    const input = el('input', {
      id: 'session-name',
      type: 'text',
      maxlength: 40,
      required: true,
      autocomplete: 'nickname',
    });
    const error = el('p', { class: 'form-error', role: 'alert' });
    const resumeParts: HTMLElement[] = [];
    if (saved) {
      const resume = el(
        'button',
        { type: 'button', class: 'btn btn-primary btn-large' },
        sentenceWithName(t('session.continueAs', { name: nameSlot() }), saved.name),
      );
      resume.addEventListener('click', () => {
        root.replaceChildren();
        resolve({ session, name: saved.name, levels: levered, slot, resume: saved });
      });
      resumeParts.push(
        el('div', { class: 'session-resume' }, [
          el('p', { text: progressText(saved) }),
          resume,
          el('p', { class: 'hint', text: t('session.orAgain') }),
        ]),
      );
    }
    const form = el('form', { class: 'session-card panel', 'aria-labelledby': 'session-h' }, [
      el('h1', { id: 'session-h', text: session.name || t('session.sameMarket') }),
      el('p', { text: t('session.intro', { count: session.stages.length, seed: session.seed }) }),
      ...resumeParts,
      el('label', { for: 'session-name', text: t('session.nameLabel') }),
      input,
      error,
      el('button', {
        type: 'submit',
        class: 'btn btn-primary btn-large',
        text: t('session.start'),
      }),
      el('p', { class: 'hint', text: t('session.saveNote') }),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = sanitizeName(input.value, '');
      if (name === '') {
        error.textContent = t('session.nameNeeded');
        input.focus();
        return;
      }
      root.replaceChildren();
      resolve({ session, name, levels: levered, slot, resume: null });
    });
    root.replaceChildren(el('div', { class: 'page page-session' }, [form]));
    (resumeParts[0]?.querySelector('button') ?? input).focus();
  });
}

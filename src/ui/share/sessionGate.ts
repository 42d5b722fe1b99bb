import './share.css';
import { applyLevers } from '../../content/parseLevel';
import { decodeSessionLink, sanitizeName, type LevelSet, type SessionLink } from '../../share';
import type { Level } from '../../sim';
import { el } from '../dom';
import { t } from '../i18n';
import { pageBase } from './shareDialog';

export interface JoinedSession {
  session: SessionLink;
  /** The student's name as it will travel in the result link. */
  name: string;
  /** The session's stages only, with its levers applied: what the store plays. */
  levels: Level[];
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
    const message = decoded.ok ? t('session.levelsInvalid') : decoded.message;
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
  return new Promise((resolve) => {
    const input = el('input', {
      id: 'session-name',
      type: 'text',
      maxlength: 40,
      required: true,
      autocomplete: 'nickname',
    });
    const error = el('p', { class: 'form-error', role: 'alert' });
    const form = el('form', { class: 'session-card panel', 'aria-labelledby': 'session-h' }, [
      el('h1', { id: 'session-h', text: session.name || t('session.sameMarket') }),
      el('p', { text: t('session.intro', { count: session.stages.length, seed: session.seed }) }),
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
      resolve({ session, name, levels: levered });
    });
    root.replaceChildren(el('div', { class: 'page page-session' }, [form]));
    input.focus();
  });
}

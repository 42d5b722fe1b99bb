import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { currentLanguage, t } from '../../present/i18n';
import { MAX_SEED } from '../../platform/launch';
import { languageTag } from '../../platform/settings';
import { createCodeField } from './codeField';

export interface TitleActions {
  /** Starts a campaign on `seed`: the one the title shows, or one the player typed. */
  newCampaign(seed: number): void;
  /** The seed New campaign will use unless the player types another. */
  nextSeed(): number;
  continueGame(): void;
  /** A sentence about the save Continue would resume, or null when there is none. */
  savedSummary(): string | null;
  storageBlocked(): boolean;
  /** Save and settings tools, built by their own modules. */
  extras?: readonly HTMLElement[];
}

/** The first screen: the game's name over the world map, New campaign and Continue. */
export function createTitleScreen(actions: TitleActions) {
  // The name in the page's language, then in the other one, marked as such so a screen reader
  // reads "Four Stages" in English on a Chinese page (and 四个阶段 in Chinese on an English one).
  const other = currentLanguage() === 'zh' ? 'en' : 'zh';
  const heading = el('h1', { class: 'title-name', tabindex: '-1' }, [
    el('span', { class: 'title-main', text: t('app.name') }),
    el('span', { class: 'title-other', lang: languageTag(other), text: t('app.nameZh') }),
  ]);
  const start = el('button', {
    type: 'button',
    class: 'btn btn-primary btn-large',
    text: t('title.newCampaign'),
  });
  const seedInput = el('input', {
    class: 'title-seed-input',
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: '10',
    'aria-describedby': 'title-seed-problem',
  });
  const seedProblem = el('p', {
    id: 'title-seed-problem',
    class: 'hint title-seed-problem',
    role: 'alert',
    hidden: true,
  });
  start.addEventListener('click', () => {
    const text = seedInput.value.trim();
    const value = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(value) || value > MAX_SEED) {
      seedProblem.hidden = false;
      setText(seedProblem, t('title.seedInvalid', { max: MAX_SEED }));
      seedInput.focus();
      return;
    }
    seedProblem.hidden = true;
    actions.newCampaign(value);
  });
  const resume = el('button', {
    type: 'button',
    class: 'btn btn-large',
    text: t('title.continue'),
  });
  resume.addEventListener('click', () => actions.continueGame());
  const resumeHint = el('p', { class: 'hint title-resume-hint' });
  const blocked = el('p', { class: 'hint', text: t('title.saveBlocked'), hidden: true });
  // The market every player on the same seed shares: shown, and editable, before it is used.
  const seed = el('label', { class: 'hint title-seed' }, [
    el('span', { text: t('title.seed') }),
    seedInput,
  ]);
  const card = el('div', { class: 'title-card panel' }, [
    el('img', { class: 'title-icon', src: '', alt: '', width: 96, height: 96 }),
    heading,
    el('p', { class: 'title-tagline', text: t('app.tagline') }),
    el('div', { class: 'title-buttons' }, [start, resume]),
    resumeHint,
    blocked,
    // A plain #trainer link: the trainer page is a page of its own (src/pages/route.ts).
    el('a', {
      class: 'btn btn-ghost title-trainers',
      href: '#trainer',
      text: t('title.forTrainers'),
    }),
    createCodeField(),
    seed,
    seedProblem,
    ...(actions.extras ?? []),
  ]);
  const root = el('div', { class: 'screen screen-title', hidden: true }, [
    el('div', { class: 'frame', 'data-frame': '' }),
    card,
  ]);

  return {
    root,
    heading,
    setIcon(url: string) {
      card.querySelector('img')?.setAttribute('src', url);
    },
    update(_state: GameState) {
      // Kept while the player edits it; refilled once a campaign has used it.
      if (document.activeElement !== seedInput && seedProblem.hidden) {
        seedInput.value = String(actions.nextSeed());
      }
      const summary = actions.savedSummary();
      // With a save, Continue is the first and focused choice; New campaign asks before it acts.
      const saved = summary !== null;
      resume.className = saved ? 'btn btn-primary btn-large' : 'btn btn-large';
      start.className = saved ? 'btn btn-large' : 'btn btn-primary btn-large';
      const buttons = resume.parentElement;
      if (buttons && (buttons.firstElementChild === resume) !== saved) {
        if (saved) buttons.prepend(resume);
        else buttons.prepend(start);
      }
      resume.hidden = summary === null;
      resumeHint.hidden = summary === null;
      setText(resumeHint, summary ?? '');
      blocked.hidden = !actions.storageBlocked();
    },
  };
}

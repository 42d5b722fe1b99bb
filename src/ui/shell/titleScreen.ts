import type { GameState } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { currentLanguage, t } from '../../present/i18n';
import { languageTag } from '../../platform/settings';

export interface TitleActions {
  newCampaign(): void;
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
  start.addEventListener('click', () => actions.newCampaign());
  const resume = el('button', {
    type: 'button',
    class: 'btn btn-large',
    text: t('title.continue'),
  });
  resume.addEventListener('click', () => actions.continueGame());
  const resumeHint = el('p', { class: 'hint title-resume-hint' });
  const blocked = el('p', { class: 'hint', text: t('title.saveBlocked'), hidden: true });
  const seed = el('p', { class: 'hint title-seed' });
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
    seed,
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
    update(state: GameState) {
      setText(seed, t('title.seed', { seed: state.seed }));
      const summary = actions.savedSummary();
      resume.hidden = summary === null;
      resumeHint.hidden = summary === null;
      setText(resumeHint, summary ?? '');
      blocked.hidden = !actions.storageBlocked();
    },
  };
}

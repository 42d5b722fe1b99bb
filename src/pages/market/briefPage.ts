import { readStudentLink } from '../../share/roundStudent';
import { classRoundProgress, playClassRound } from '../../store/classRound';
import type { GameStoreApi } from '../../store/gameStore';
import { local, t } from '../../present/i18n';
import { el, setText } from '../../ui/kit/dom';
import type { ScreenView } from '../../ui/shell/app';
import type { JoinedRound } from './roundGame';
import { briefHeading, deadlineText, marketPart, shopPart, standingsPart } from './briefView';

/** The code of a pasted link, the part the router reads after `#`. */
function codeOf(text: string): string | null {
  const match = /(?:^|[#?&\s])(n=[A-Za-z0-9_-]+)/.exec(text.trim());
  return match?.[1] ?? null;
}

/** "Paste a link": the next brief of this class opens; a hand-in is named; anything else refused. */
function pasteForm(joined: JoinedRound): HTMLElement {
  const input = el('input', {
    id: 'brief-paste',
    type: 'text',
    maxlength: 4000,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const answer = el('p', { class: 'brief-paste-answer', role: 'status' });
  const form = el('form', { class: 'brief-paste', novalidate: true }, [
    el('label', { for: 'brief-paste', text: t('brief.paste') }),
    el('div', { class: 'link-row' }, [
      input,
      el('button', { type: 'submit', class: 'btn', text: t('brief.pasteOpen') }),
    ]),
    answer,
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = readStudentLink(input.value, joined.brief, joined.base);
    answer.classList.toggle('form-error', !read.ok);
    if (!read.ok) {
      answer.dataset['reason'] = read.reason;
      setText(answer, local(read.message));
      return;
    }
    delete answer.dataset['reason'];
    if (read.kind === 'handIn') {
      setText(answer, t('brief.pastedHandIn', { seat: read.link.seat, round: read.link.round }));
      return;
    }
    const code = codeOf(input.value);
    // The router opens a new fragment as a new page: the brief is checked again there.
    if (code !== null) window.location.hash = code;
  });
  return form;
}

/**
 * A student's round brief (#n=…), in the world map's place: the round, the seat, the deadline,
 * the shop's opening, what changed in the market and last round's anonymous standings, with the
 * way into the round (play, continue, or see the hand-in once it is over).
 */
export function createBriefScreen(store: GameStoreApi, joined: JoinedRound): ScreenView {
  const { brief } = joined;
  const play = el('button', { type: 'button', class: 'btn btn-primary btn-large brief-play' });
  play.addEventListener('click', () => playClassRound(store, joined.game));
  const print = el('button', { type: 'button', class: 'btn', text: t('brief.print') });
  print.addEventListener('click', () => window.print());
  const heading = el('h1', { id: 'brief-h', tabindex: '-1', text: briefHeading(brief) });
  const page = el('div', { class: 'page page-trainer page-brief' }, [
    el('div', { class: 'trainer-columns' }, [
      el('section', { class: 'panel brief-main', 'aria-labelledby': 'brief-h' }, [
        heading,
        el('p', { class: 'brief-seat', text: t('brief.seat', { seat: brief.seat }) }),
        el('p', { class: 'brief-deadline', text: deadlineText(brief) }),
        shopPart(brief),
        el('p', {
          class: 'hint',
          text: t('brief.howTo', { days: joined.game.level.days }),
        }),
        el('div', { class: 'brief-actions' }, [play, print]),
      ]),
      el('section', { class: 'panel brief-side' }, [
        marketPart(brief, joined.previous),
        ...standingsPart(brief),
      ]),
    ]),
    el('section', { class: 'panel' }, [pasteForm(joined)]),
  ]);
  const root = el('div', { class: 'screen screen-brief', hidden: true }, [page]);

  return {
    root,
    focusTarget: () => heading,
    update() {
      const progress = classRoundProgress(store);
      setText(
        play,
        progress.kind === 'unplayed'
          ? t('brief.play')
          : progress.kind === 'playing'
            ? t('brief.continue', { day: progress.day, days: progress.days })
            : t('brief.seeHandIn'),
      );
    },
  };
}

import type { Action, EventChoice } from '../../../sim';
import {
  CONTEST_LEGAL_COST_FEN,
  EXPEDITE_COST_BP,
  REDESIGN_COST_FEN,
  TAKEDOWN_DAYS,
} from '../../../sim/tables';
import type { GameState } from '../../../store/gameStore';
import { el, setText } from '../../kit/dom';
import { formatBp, formatCount, formatFen } from '../../../present/format';
import { local, t, tKey, type MessageParams } from '../../../present/i18n';
import { createModal } from '../../kit/modal';
import { EVENT_TERMS, glossaryTipsFor } from '../../kit/glossary';
import { eventView, type EventView } from '../../../present/views/event';
import { eventTermsTable, termsParams } from './eventTerms';

/** The figures an event's sentences quote, formatted; the sim's constants are shown, not used. */
function eventParams(view: EventView): MessageParams {
  return {
    listing: view.listingName ? local(view.listingName) : '',
    party: view.party ? local(view.party) : '',
    qty: formatCount(view.qty),
    amount: formatFen(view.amountFen, { precision: 'exact' }),
    cut: formatBp(view.discountBp),
    discount: formatBp(view.discountBp),
    role: view.role === '' ? '' : tKey(`role.${view.role}`),
    legal: formatFen(CONTEST_LEGAL_COST_FEN),
    redesign: formatFen(REDESIGN_COST_FEN),
    days: TAKEDOWN_DAYS,
    rate: formatBp(EXPEDITE_COST_BP),
    ...termsParams(view),
  };
}

/**
 * An event from the sim pauses the game and waits here: one button per choice, each with the
 * consequence in a sentence. It cannot be dismissed without an answer, as in the sim.
 */
export function createEventDialog(dispatch: (action: Action) => void) {
  const heading = el('h2', { class: 'event-title' });
  const day = el('p', { class: 'event-day' });
  const body = el('p', { class: 'event-body' });
  const glossary = el('div', { class: 'event-glossary' });
  const prompt = el('p', { class: 'event-prompt', text: t('event.choose') });
  const choices = el('div', { class: 'event-choices' });
  const terms = el('div', { class: 'event-terms-slot' });
  // Shown while choices lie below the panel's visible part, so a phone held sideways shows there
  // is more to scroll to; the sticky cue sits at the panel's bottom edge over a fade.
  const more = el('p', { class: 'event-more', text: t('event.moreBelow'), hidden: true });
  const modal = createModal({ className: 'event-dialog', heading });
  modal.panel.append(
    el('div', { class: 'event-head' }, [
      el('span', { class: 'event-icon', 'aria-hidden': 'true' }),
      day,
    ]),
    heading,
    // Two columns when the panel is wide enough (the grid decides, no media query): the
    // figures on one side, the choices beside them, so a desktop never hides a choice below.
    el('div', { class: 'event-columns' }, [
      el('div', { class: 'event-info' }, [body, glossary, terms]),
      el('div', { class: 'event-actions' }, [prompt, choices]),
    ]),
    more,
  );
  let shownId: number | null = null;

  function updateCue(): void {
    const panel = modal.panel;
    const last = choices.lastElementChild;
    if (!last) {
      more.hidden = true;
      return;
    }
    const bottom = panel.getBoundingClientRect().bottom;
    more.hidden = last.getBoundingClientRect().bottom <= bottom + 1;
  }
  modal.panel.addEventListener('scroll', updateCue, { passive: true });
  if (typeof window !== 'undefined') window.addEventListener('resize', updateCue);

  function render(view: EventView): HTMLButtonElement | null {
    const params = eventParams(view);
    setText(heading, tKey(`event.${view.kind}.title`));
    setText(day, t('event.dayLabel', { day: view.day, next: view.answerDay }));
    setText(body, tKey(`event.${view.kind}.body`, params));
    glossary.replaceChildren(...glossaryTipsFor(EVENT_TERMS, view.kind, { showTerm: true }));
    glossary.hidden = glossary.childElementCount === 0;
    modal.panel.dataset['kind'] = view.kind;
    const table = eventTermsTable(view);
    terms.replaceChildren(...(table ? [table] : []));
    const buttons = view.choices.map((choice: EventChoice, i) => {
      const labelId = `event-${view.id}-${i}-label`;
      const effectId = `event-${view.id}-${i}-effect`;
      const button = el(
        'button',
        {
          type: 'button',
          class: 'event-choice',
          'aria-labelledby': labelId,
          'aria-describedby': effectId,
        },
        [
          el('span', {
            id: labelId,
            class: 'event-choice-label',
            text: tKey(`event.${view.kind}.${choice}.label`),
          }),
          el('span', {
            id: effectId,
            class: 'event-choice-effect',
            text: tKey(`event.${view.kind}.${choice}.effect`, params),
          }),
        ],
      );
      button.addEventListener('click', () => dispatch({ type: 'respondEvent', choice }));
      return button;
    });
    choices.replaceChildren(...buttons);
    return buttons[0] ?? null;
  }

  function update(state: GameState): void {
    const view = state.ui.screen === 'shop' ? eventView(state) : null;
    if (!view) {
      shownId = null;
      modal.close();
      return;
    }
    if (view.id === shownId) return;
    shownId = view.id;
    const first = render(view);
    modal.panel.scrollTop = 0;
    if (modal.isOpen()) first?.focus();
    else modal.open(first);
    updateCue();
  }

  return { root: modal.root, update };
}

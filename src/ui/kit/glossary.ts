import { el, uid } from './dom';
import { t, type MessageKey } from '../../present/i18n';

/** The marketplace terms the game uses as they are, with the word the player sees. */
export const GLOSSARY = {
  ztc: '直通车',
  spiral: '七天螺旋',
  ramp123: '123玩法',
  heiche: '黑车',
  heisou: '黑搜',
  shuadan: '刷单',
  hunter: '职业打假人',
  refund3: '退一赔三',
  gmv: 'GMV',
} as const;
export type GlossaryTerm = keyof typeof GLOSSARY;

/**
 * A small ⓘ button beside a term: it toggles a one-sentence explanation that is also its
 * accessible description, so a screen reader hears it on focus without opening anything.
 */
export function glossaryTip(term: GlossaryTerm): HTMLElement {
  return makeTip(term, false);
}

/** Moves an open tip left by as much as it would run past the right edge of the screen. */
export function keepOnScreen(tip: HTMLElement): void {
  tip.style.removeProperty('left');
  const margin = 8;
  const box = tip.getBoundingClientRect();
  const over = box.right - (document.documentElement.clientWidth - margin);
  if (over > 0) tip.style.left = `${-Math.min(over, Math.max(0, box.left - margin))}px`;
}

function tooltip(term: GlossaryTerm): HTMLElement {
  return el('span', {
    id: uid(`glossary-${term}`),
    role: 'tooltip',
    class: 'glossary-tip',
    hidden: true,
    text: t(`glossary.${term}` as MessageKey),
  });
}

function makeTip(term: GlossaryTerm, showTerm: boolean): HTMLElement {
  if (showTerm) return termTip(term);
  const tip = tooltip(term);
  const button = el('button', {
    type: 'button',
    class: 'glossary-button',
    'aria-label': t('glossary.open', { term: GLOSSARY[term] }),
    'aria-describedby': tip.id,
    'aria-expanded': 'false',
    text: 'ⓘ',
  });
  const toggle = (open: boolean) => {
    tip.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) keepOnScreen(tip);
  };
  button.addEventListener('click', (event) => {
    // Inside a <legend> or a label, the click must not reach the control it labels.
    event.preventDefault();
    toggle(tip.hidden);
  });
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) {
      event.stopPropagation();
      toggle(false);
    }
  });
  button.addEventListener('blur', () => toggle(false));
  return el('span', { class: 'glossary' }, [button, tip]);
}

/**
 * The term itself, as a focusable <dfn> with its tooltip (the WAI-ARIA tooltip pattern): shown
 * on focus, hover or tap, hidden on blur or Escape. Used in an event's dialog, where every
 * button is an answer to the event: an explanation there is not one more button.
 */
function termTip(term: GlossaryTerm): HTMLElement {
  const tip = tooltip(term);
  const trigger = el('dfn', { class: 'glossary-term', tabindex: '0', 'aria-describedby': tip.id }, [
    el('span', { 'aria-hidden': 'true', text: 'ⓘ' }),
    GLOSSARY[term],
  ]);
  const show = (open: boolean) => {
    tip.hidden = !open;
  };
  trigger.addEventListener('focus', () => show(true));
  trigger.addEventListener('click', () => show(true));
  trigger.addEventListener('mouseenter', () => show(true));
  trigger.addEventListener('mouseleave', () => show(document.activeElement === trigger));
  trigger.addEventListener('blur', () => show(false));
  trigger.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !tip.hidden) {
      event.stopPropagation();
      show(false);
    }
  });
  return el('span', { class: 'glossary' }, [trigger, tip]);
}

/** Which terms each decision group's heading introduces. */
export const HEADING_TERMS: Partial<Record<MessageKey, readonly GlossaryTerm[]>> = {
  'ads.heading': ['ztc'],
  'plans.heading': ['spiral', 'ramp123'],
  'fakes.heading': ['shuadan', 'heisou', 'heiche'],
  // Stage 3: claims on the listing page are what a hunter buys to sue over.
  'claims.heading': ['hunter', 'refund3'],
};

/** Terms an event's text uses, by event kind: explained under the event's story. */
export const EVENT_TERMS: Readonly<Record<string, readonly GlossaryTerm[]>> = {
  hunterClaim: ['hunter', 'refund3'],
};

/** Terms a line of the books stands for, by waterfall line. */
export const BOOKS_LINE_TERMS: Readonly<Record<string, readonly GlossaryTerm[]>> = {
  gmv: ['gmv'],
  ads: ['ztc'],
  finesAndClaims: ['hunter', 'refund3'],
  fakeOrderCosts: ['shuadan'],
};

/** The tips a table gives `key` (none for a key it does not list, inherited names included). */
export function glossaryTipsFor(
  table: Readonly<Record<string, readonly GlossaryTerm[]>>,
  key: string,
  options: { showTerm?: boolean } = {},
): HTMLElement[] {
  const terms = Object.hasOwn(table, key) ? table[key] : undefined;
  return (terms ?? []).map((term) => makeTip(term, options.showTerm === true));
}

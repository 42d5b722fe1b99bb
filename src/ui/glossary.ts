import { el } from './dom';
import { t, type MessageKey } from './i18n';

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

let nextId = 0;

/**
 * A small ⓘ button beside a term: it toggles a one-sentence explanation that is also its
 * accessible description, so a screen reader hears it on focus without opening anything.
 */
export function glossaryTip(term: GlossaryTerm): HTMLElement {
  nextId += 1;
  const id = `glossary-${term}-${nextId}`;
  const tip = el('span', {
    id,
    role: 'tooltip',
    class: 'glossary-tip',
    hidden: true,
    text: t(`glossary.${term}` as MessageKey),
  });
  const button = el('button', {
    type: 'button',
    class: 'glossary-button',
    'aria-label': t('glossary.open', { term: GLOSSARY[term] }),
    'aria-describedby': id,
    'aria-expanded': 'false',
    text: 'ⓘ',
  });
  const toggle = (open: boolean) => {
    tip.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
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

/** Which terms each decision group's heading introduces. */
export const HEADING_TERMS: Partial<Record<MessageKey, readonly GlossaryTerm[]>> = {
  'ads.heading': ['ztc'],
  'plans.heading': ['spiral', 'ramp123'],
  'fakes.heading': ['shuadan', 'heisou', 'heiche'],
};

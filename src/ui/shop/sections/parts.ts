import type { Action } from '../../../sim';
import './sections.css';
import type { GameState, OrderDraft, UiState } from '../../../store/gameStore';
import { el, setText, uid } from '../../kit/dom';
import { glossaryTip, HEADING_TERMS } from '../../kit/glossary';
import { t, type MessageKey } from '../../../present/i18n';
import type { ControlsView } from '../../../present/views/controls';

export type Dispatch = (action: Action) => void;
export type OpenPanel = (panel: UiState['openPanel']) => void;
export type SetOrderDraft = (draft: OrderDraft) => void;

/** One decision section of the shop's controls; the whole state too, for suppliers, market data and staff. */
export interface Section {
  root: HTMLElement;
  update(view: ControlsView, state: GameState): void;
}

export function fieldset(headingKey: MessageKey, explainKey: MessageKey | null, className: string) {
  const legend = el('legend', { text: t(headingKey) });
  legend.append(...(HEADING_TERMS[headingKey] ?? []).map(glossaryTip));
  const children: HTMLElement[] = [legend];
  if (explainKey) children.push(el('p', { class: 'explain', text: t(explainKey) }));
  return el('fieldset', { class: `control ${className}` }, children);
}

export function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = el('button', { type: 'button', class: `btn ${className}`, text });
  node.addEventListener('click', onClick);
  return node;
}

/** A labelled whole-number input; the value is read when the player presses the action button. */
export function numberField(label: string, min: number, max: number, step: number) {
  const id = uid('num');
  const input = el('input', {
    id,
    type: 'number',
    inputmode: 'numeric',
    class: 'num-input',
    min,
    max,
    step,
  });
  const root = el('div', { class: 'field' }, [el('label', { for: id, text: label }), input]);
  return {
    root,
    input,
    value(): number {
      const n = Math.floor(Number(input.value));
      return Number.isFinite(n) ? n : 0;
    },
  };
}

export interface SelectOption {
  value: string;
  /** The option's name: short, so a closed dropdown shows it whole. */
  text: string;
  /** The figures behind the choice, shown under the dropdown for the chosen option. */
  detail?: string;
}

export function selectField(label: string) {
  const id = uid('sel');
  const select = el('select', { id, class: 'select-input' });
  const detail = el('p', { class: 'hint select-detail', 'aria-live': 'polite' });
  const root = el('div', { class: 'field' }, [
    el('label', { for: id, text: label }),
    select,
    detail,
  ]);
  let current: SelectOption[] = [];
  const showDetail = () => {
    const chosen = current.find((o) => o.value === select.value);
    detail.hidden = !chosen?.detail;
    setText(detail, chosen?.detail ?? '');
  };
  select.addEventListener('change', showDetail);
  /** Replaces the options only when they changed, so an open list is not disturbed each day. */
  const setOptions = (options: SelectOption[], selected: string) => {
    const key = JSON.stringify(options);
    if (select.dataset['key'] !== key) {
      select.dataset['key'] = key;
      current = options;
      select.replaceChildren(...options.map((o) => el('option', { value: o.value, text: o.text })));
    }
    if (document.activeElement !== select) select.value = selected;
    showDetail();
  };
  return { root, select, setOptions };
}

export function checkbox(label: string) {
  const id = uid('chk');
  const input = el('input', { id, type: 'checkbox' });
  const root = el('div', { class: 'check' }, [input, el('label', { for: id, text: label })]);
  return { root, input };
}

/** A horizontal bar for a share (bp of 10 000); the text beside it carries the figure. */
export function bar(bp: number, className = ''): HTMLElement {
  const fill = el('span', { class: 'bar-fill' });
  fill.style.width = `${Math.max(0, Math.min(100, bp / 100))}%`;
  return el('span', { class: `bar ${className}`, 'aria-hidden': 'true' }, [fill]);
}

import { el, setText } from './dom';
import type { SliderRange } from '../../present/views/controls';

let counter = 0;

export interface Slider {
  root: HTMLElement;
  input: HTMLInputElement;
  /** Shows a value from the store unless the player is dragging this slider right now. */
  set(value: number): void;
  setDisabled(disabled: boolean): void;
}

/**
 * A labelled range input with its value written beside it. It commits on `change` (release, or
 * each arrow-key step), which is when the decision is dispatched.
 */
export function createSlider(options: {
  label: string;
  hint?: string;
  range: SliderRange;
  format: (value: number) => string;
  onCommit: (value: number) => void;
}): Slider {
  counter += 1;
  const id = `slider-${counter}`;
  const input = el('input', {
    id,
    type: 'range',
    class: 'slider-input',
    min: options.range.min,
    max: options.range.max,
    step: options.range.step,
  });
  const output = el('output', { class: 'slider-value', for: id, 'aria-hidden': 'true' });
  const label = el('label', { class: 'slider-label', for: id, text: options.label });
  const children: HTMLElement[] = [el('div', { class: 'slider-head' }, [label, output]), input];
  if (options.hint) {
    const hint = el('p', { class: 'hint', id: `${id}-hint`, text: options.hint });
    input.setAttribute('aria-describedby', hint.id);
    children.push(hint);
  }
  const root = el('div', { class: 'slider' }, children);
  let editing = false;

  const showValue = (value: number) => {
    const text = options.format(value);
    setText(output, text);
    input.setAttribute('aria-valuetext', text);
  };
  input.addEventListener('input', () => {
    editing = true;
    showValue(Number(input.value));
  });
  input.addEventListener('change', () => {
    editing = false;
    options.onCommit(Number(input.value));
  });

  return {
    root,
    input,
    set(value) {
      if (editing) return;
      // The store may hold a value between the slider's steps (a level default): show it as is.
      if (Number(input.value) !== value) input.value = String(value);
      showValue(value);
    },
    setDisabled(disabled) {
      input.disabled = disabled;
    },
  };
}

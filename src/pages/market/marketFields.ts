import { el } from '../../ui/kit/dom';
import { t, type MessageKey } from '../../present/i18n';

/** Form rows the class market's panels share. */
export function field(id: string, label: MessageKey, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, [el('label', { for: id, text: t(label) }), control]);
}

export function numberField(id: string, label: MessageKey, value: number) {
  const input = el('input', { id, type: 'number', step: 1, inputmode: 'numeric' });
  input.value = String(value);
  return { input, row: field(id, label, input) };
}

export function readInt(
  input: HTMLInputElement,
  label: string,
  range: { min: number; max: number },
): number | string {
  const value = Number(input.value);
  const ok = /^\d{1,3}$/.test(input.value.trim()) && value >= range.min && value <= range.max;
  return ok ? value : t('classMarket.badNumber', { field: label, min: range.min, max: range.max });
}

/** A datetime-local field read on the trainer's clock, as minutes since 1970 UTC; 0 for none. */
export function deadlineMinute(input: HTMLInputElement): number {
  const ms = input.value === '' ? Number.NaN : new Date(input.value).getTime();
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 60_000) : 0;
}

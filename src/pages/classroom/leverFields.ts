import { LEVER_RANGES } from '../../content/schema';
import type { Levers } from '../../sim';
import { el } from '../../ui/kit/dom';
import { t, type MessageKey } from '../../present/i18n';

/**
 * The scenario levers as a trainer thinks of them: percentages and days, not basis points. An
 * empty field keeps each stage's own value. Ranges come from LEVER_RANGES, the same ones the link
 * codec and the level validator check.
 */
interface LeverField {
  key: keyof Levers;
  label: MessageKey;
  /** Basis points per unit shown: 100 for percentages, 1 for days. */
  scale: number;
}

const FIELDS: readonly LeverField[] = [
  { key: 'commissionBp', label: 'trainer.lever.commission', scale: 100 },
  { key: 'paymentFeeBp', label: 'trainer.lever.paymentFee', scale: 100 },
  { key: 'cpcScaleBp', label: 'trainer.lever.cpcScale', scale: 100 },
  { key: 'returnRateScaleBp', label: 'trainer.lever.returnRate', scale: 100 },
  { key: 'detectionStrictnessBp', label: 'trainer.lever.detection', scale: 100 },
  { key: 'settlementDays', label: 'trainer.lever.settlement', scale: 1 },
];

export interface LeverInputs {
  root: HTMLElement;
  /** The overridden levers, or the sentences saying which fields are out of range. */
  read(): { ok: true; levers: Partial<Levers> } | { ok: false; errors: string[] };
}

export function leverInputs(): LeverInputs {
  const inputs = FIELDS.map((field) => {
    const range = LEVER_RANGES[field.key];
    const id = `lever-${field.key}`;
    const min = range.min / field.scale;
    const max = range.max / field.scale;
    const input = el('input', {
      id,
      type: 'number',
      inputmode: 'decimal',
      min,
      max,
      step: field.scale === 1 ? 1 : 0.01,
      placeholder: t('trainer.lever.default'),
      'aria-describedby': `${id}-range`,
    });
    const row = el('div', { class: 'lever-row' }, [
      el('label', { for: id, text: t(field.label) }),
      input,
      el('span', {
        id: `${id}-range`,
        class: 'hint',
        text: t('trainer.lever.range', { min, max }),
      }),
    ]);
    return { field, input, row, min, max };
  });
  return {
    root: el('fieldset', { class: 'trainer-levers' }, [
      el('legend', { text: t('trainer.levers') }),
      el('p', { class: 'hint', text: t('trainer.leversHint') }),
      ...inputs.map((i) => i.row),
    ]),
    read() {
      const levers: Partial<Levers> = {};
      const errors: string[] = [];
      for (const { field, input, min, max } of inputs) {
        const text = input.value.trim();
        if (text === '') continue;
        const value = Number(text);
        const bp = Math.round(value * field.scale);
        const range = LEVER_RANGES[field.key];
        if (!Number.isFinite(value) || bp < range.min || bp > range.max) {
          errors.push(t('trainer.lever.bad', { lever: t(field.label), min, max }));
        } else levers[field.key] = bp;
      }
      return errors.length > 0 ? { ok: false, errors } : { ok: true, levers };
    },
  };
}

/** Overridden levers as the trainer typed them ("Platform commission (%) 6"), for the dashboard. */
export function leverText(levers: Partial<Levers>): string[] {
  return FIELDS.flatMap((field) => {
    const bp = levers[field.key];
    return bp === undefined ? [] : [`${t(field.label)} ${bp / field.scale}`];
  });
}

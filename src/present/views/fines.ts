import type { FineCase } from '../../sim';
import { isMessageKey, t, tKey } from '../i18n';

export interface FineCaseRow {
  /** Stable across languages, for tests and styling: "event:hunterClaim:settle", "lateParcels". */
  key: string;
  label: string;
  amountFen: number;
}

/**
 * An answer's own wording where the catalogue has one ("Anti-counterfeiter's claim settled");
 * otherwise the event's title and the choice's label, so an event kind added later still reads.
 */
function eventLabel(c: Extract<FineCase, { source: 'event' }>): string {
  const own = `fines.event.${c.eventKind}.${c.choice}`;
  if (isMessageKey(own)) return t(own);
  return t('fines.event', {
    event: tKey(`event.${c.eventKind}.title`),
    choice: tKey(`event.${c.eventKind}.${c.choice}.label`),
  });
}

function label(c: FineCase): string {
  switch (c.source) {
    case 'event': {
      const text = eventLabel(c);
      return c.count > 1 ? t('fines.times', { label: text, count: c.count }) : text;
    }
    case 'lateParcels':
      return c.count === 1 ? t('fines.lateParcelsOne') : t('fines.lateParcels', { days: c.count });
    case 'depositForfeit':
      return t('fines.depositForfeit');
    case 'pendingForfeit':
      return t('fines.pendingForfeit');
    case 'other':
      return t('fines.other');
  }
}

function keyOf(c: FineCase): string {
  if (c.source === 'event') return `event:${c.eventKind}:${c.choice}`;
  if (c.source === 'other') return `other:${c.actionType}`;
  return c.source;
}

/** The fines-and-claims line's cases as the debrief lists them, largest cost first. */
export function fineCaseRows(cases: readonly FineCase[]): FineCaseRow[] {
  return cases.map((c) => ({ key: keyOf(c), label: label(c), amountFen: c.amountFen }));
}

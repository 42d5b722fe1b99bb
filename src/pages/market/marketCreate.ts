import { drawSeed } from '../../platform/launch';
import { sanitizeName } from '../../share';
import { roundOneBriefs } from '../../share/roundClass';
import { encodeClassLink, queryForm } from '../../share/roundLinks';
import { t } from '../../present/i18n';
import { CLASS_MARKET_LIMITS, type ClassMarketSpec } from '../../sim/classMarket';
import type { Level } from '../../sim';
import { el } from '../../ui/kit/dom';
import { linkBox } from '../../ui/kit/linkBox';
import { pageBase } from '../../ui/debrief/shareDialog';
import { leverInputs } from '../classroom/leverFields';
import { deadlineMinute, field, numberField, readInt } from './marketFields';

export interface Created {
  classLink: string;
  spec: ClassMarketSpec;
  /** Round 1's deadline on the trainer's clock, in minutes since 1970 UTC; 0 for none. */
  deadlineMinute: number;
}

/**
 * The class market's creation form: its name, rounds, days per round, seats, round 1's deadline
 * and the scenario levers a trainer may change for the whole class. The levers travel in the
 * class link and every brief, and are part of each round's market hash, so a hand-in played
 * under other levers is refused as played against another market.
 */
export function createPanel(
  base: Level,
  onCreated: (created: Created) => void,
): { form: HTMLElement; output: HTMLElement } {
  const name = el('input', { id: 'market-name', type: 'text', maxlength: 40 });
  const rounds = numberField('market-rounds', 'classMarket.rounds', 3);
  const days = numberField('market-days', 'classMarket.days', 7);
  const seats = numberField('market-seats', 'classMarket.seats', 30);
  const deadline = el('input', { id: 'market-first-deadline', type: 'datetime-local' });
  const levers = leverInputs();
  const errors = el('div', { class: 'form-error', role: 'alert' });
  const output = el('section', { class: 'trainer-output', 'aria-live': 'polite' });
  const form = el('form', { class: 'trainer-form panel market-create', novalidate: true }, [
    el('h1', { id: 'market-h', tabindex: '-1', text: t('classMarket.heading') }),
    el('p', { class: 'hint', text: t('classMarket.intro') }),
    field('market-name', 'classMarket.name', name),
    rounds.row,
    days.row,
    seats.row,
    field('market-first-deadline', 'classMarket.firstDeadline', deadline),
    levers.root,
    errors,
    el('button', { type: 'submit', class: 'btn btn-primary', text: t('classMarket.create') }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = [
      readInt(rounds.input, t('classMarket.rounds'), CLASS_MARKET_LIMITS.rounds),
      readInt(days.input, t('classMarket.days'), CLASS_MARKET_LIMITS.daysPerRound),
      readInt(seats.input, t('classMarket.seats'), CLASS_MARKET_LIMITS.seats),
    ];
    const read = levers.read();
    const problems = [
      ...values.filter((v): v is string => typeof v === 'string'),
      ...(read.ok ? [] : read.errors),
    ];
    errors.replaceChildren(...problems.map((p) => el('p', { text: p })));
    const [r, d, s] = values;
    if (typeof r !== 'number' || typeof d !== 'number' || typeof s !== 'number' || !read.ok) {
      return;
    }
    const spec: ClassMarketSpec = {
      classId: drawSeed(),
      name: sanitizeName(name.value, ''),
      seed: drawSeed(),
      rounds: r,
      daysPerRound: d,
      seats: s,
      levers: read.levers,
    };
    const minute = deadlineMinute(deadline);
    const classLink = queryForm(encodeClassLink(spec, base, pageBase()));
    const briefs = roundOneBriefs(spec, base, { page: pageBase(), deadlineMinute: minute });
    output.replaceChildren(
      linkBox(classLink, t('classMarket.classLink'), 160),
      el('h2', { text: t('classMarket.briefs') }),
      ...briefs.map((link, i) => linkBox(link, t('classMarket.seatLink', { seat: i + 1 }), 120)),
    );
    onCreated({ classLink, spec, deadlineMinute: minute });
  });
  return { form, output };
}

import type { GameState } from '../../../store/gameStore';
import { el, setText } from '../../kit/dom';
import { formatBp, formatCount, formatFen } from '../../../present/format';
import { t, tKey } from '../../../present/i18n';
import type { ControlsView } from '../../../present/views/controls';
import { financeView, staffView, type StaffRow } from '../../../present/views/manage';
import {
  bar,
  button,
  fieldset,
  numberField,
  type Dispatch,
  type OpenPanel,
  type Section,
} from './parts';

function workText(row: StaffRow): string {
  const params = {
    work: row.work === null ? 0 : formatCount(row.work),
    capacity: formatCount(row.capacity),
  };
  if (row.work === null) return t('staff.work.none', params);
  return tKey(`staff.work.${row.role}`, params);
}

/** Hire and fire per role, with today's work against the team's capacity. */
export function staffSection(dispatch: Dispatch): Section {
  const root = fieldset('staff.heading', 'staff.explain', 'control-staff');
  const list = el('div', { class: 'staff-rows' });
  const wages = el('p', { class: 'staff-wages' });
  root.append(list, wages);
  let key = '';
  return {
    root,
    update(view: ControlsView, state: GameState) {
      const sv = staffView(state);
      if (!sv) return;
      const nextKey = JSON.stringify([sv, view.locked]);
      if (nextKey === key) return;
      key = nextKey;
      list.replaceChildren(
        ...sv.rows.map((row) => {
          const role = tKey(`role.${row.role}`);
          const minus = button('−', 'btn-step', () =>
            dispatch({ type: 'setStaff', role: row.role, headcount: row.headcount - 1 }),
          );
          minus.setAttribute('aria-label', t('staff.fire', { role }));
          minus.disabled = view.locked || row.headcount === 0;
          const plus = button('+', 'btn-step', () =>
            dispatch({ type: 'setStaff', role: row.role, headcount: row.headcount + 1 }),
          );
          plus.setAttribute('aria-label', t('staff.hire', { role }));
          plus.disabled = view.locked;
          const loadBp =
            row.work === null || row.capacity === 0
              ? row.work
                ? 10_000
                : 0
              : Math.min(10_000, Math.floor((row.work * 10_000) / row.capacity));
          return el('div', { class: 'staff-row', 'data-load': row.load }, [
            el('div', { class: 'staff-head' }, [
              el('span', {
                class: 'staff-name',
                text: t('staff.count', { role, n: row.headcount }),
              }),
              minus,
              plus,
            ]),
            el('div', { class: 'staff-load' }, [
              bar(loadBp, row.load),
              el('span', {
                class: 'staff-work',
                text: `${workText(row)} · ${tKey(`staff.load.${row.load}`)}`,
              }),
            ]),
            el('p', {
              class: 'hint',
              text: t('staff.wage', {
                wage: formatFen(row.monthlyWageFen),
                hire: formatFen(row.hireCostFen),
              }),
            }),
          ]);
        }),
      );
      setText(wages, t('staff.wages', { amount: formatFen(sv.monthlyWagesFen) }));
    },
  };
}

/** Cash, money to come, money owed, and the credit line with draw and repay. */
export function creditSection(dispatch: Dispatch, openPanel: OpenPanel): Section {
  const root = fieldset('finance.heading', null, 'control-credit');
  const lines = el('ul', { class: 'finance-lines' });
  const amount = numberField(t('finance.amount'), 100, 1_000_000, 1000);
  amount.input.value = '10000';
  const toFen = () => amount.value() * 100;
  const draw = button(t('finance.draw'), 'btn-primary', () =>
    dispatch({ type: 'drawCredit', amountFen: toFen() }),
  );
  const repay = button(t('finance.repay'), '', () =>
    dispatch({ type: 'repayCredit', amountFen: toFen() }),
  );
  const open = button(t('finance.open'), 'btn-ghost btn-open', () => openPanel('finance'));
  root.append(lines, amount.root, el('div', { class: 'row-buttons' }, [draw, repay]), open);
  amount.root.querySelector('label')?.append(el('span', { class: 'unit', text: ' (¥)' }));
  return {
    root,
    update(view: ControlsView, state: GameState) {
      const fv = financeView(state);
      if (!fv) return;
      const items = [
        t('finance.cash', { amount: formatFen(fv.cashFen) }),
        t('finance.toCome', { amount: formatFen(fv.receivableFen) }),
        t('finance.owed', { amount: formatFen(fv.payablesFen) }),
        t('finance.debt', {
          debt: formatFen(fv.debtFen),
          limit: formatFen(fv.creditLimitFen),
          rate: formatBp(fv.monthlyInterestBp),
        }),
      ];
      if (lines.childElementCount !== items.length) {
        lines.replaceChildren(...items.map(() => el('li')));
      }
      items.forEach((text, i) => setText(lines.children[i] as HTMLElement, text));
      draw.disabled = view.locked;
      repay.disabled = view.locked || fv.debtFen === 0;
      amount.input.disabled = view.locked;
    },
  };
}

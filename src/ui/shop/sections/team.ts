import type { GameState } from '../../../store/gameStore';
import { el, setText } from '../../kit/dom';
import { formatCount, formatFen } from '../../../present/format';
import { t, tKey } from '../../../present/i18n';
import { staffView } from '../../../present/views/manage';

/**
 * Who is on the payroll, what each costs and how busy they are, for the stages where staff cost
 * money but cannot be hired or let go (Stage 4 has its own staff controls).
 */
export function createTeamCard() {
  const list = el('ul', { class: 'team-rows' });
  const wages = el('p', { class: 'staff-wages' });
  const root = el('fieldset', { class: 'control control-team' }, [
    el('legend', { text: t('team.heading') }),
    el('p', { class: 'explain', text: t('team.explain') }),
    list,
    wages,
  ]);
  let key = '';

  function update(state: GameState, hasStaffControls: boolean): void {
    const view = hasStaffControls ? null : staffView(state);
    const rows = view?.rows.filter((row) => row.headcount > 0) ?? [];
    root.hidden = rows.length === 0;
    const nextKey = JSON.stringify(rows);
    if (!view || nextKey === key) return;
    key = nextKey;
    list.replaceChildren(
      ...rows.map((row) => {
        const params = {
          work: row.work === null ? 0 : formatCount(row.work),
          capacity: formatCount(row.capacity),
        };
        const work =
          row.work === null
            ? t('staff.work.none', params)
            : `${tKey(`staff.work.${row.role}`, params)} · ${tKey(`staff.load.${row.load}`)}`;
        return el('li', { class: 'team-row', 'data-load': row.load }, [
          el('span', {
            class: 'staff-name',
            text: t('staff.count', { role: tKey(`role.${row.role}`), n: row.headcount }),
          }),
          el('span', {
            class: 'hint',
            text: t('team.wage', { wage: formatFen(row.monthlyWageFen) }),
          }),
          el('span', { class: 'staff-work', text: work }),
        ]);
      }),
    );
    setText(wages, t('team.wages', { amount: formatFen(view.monthlyWagesFen) }));
  }

  return { root, update };
}

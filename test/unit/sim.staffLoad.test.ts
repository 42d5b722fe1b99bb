import { describe, expect, it } from 'vitest';
import type { Level, StaffLoad, StaffRole } from '../../src/sim';
import { STAFF_ROLES, staffLoadLevel, staffLoads } from '../../src/sim';
import { monthlyWagesFen } from '../../src/sim/dayEnd';
import { fresh, passDays, play, tweakLevel } from './levels';

function comprehensive(change: (l: Level) => void = () => {}): Level {
  return tweakLevel('comprehensive', (l) => {
    l.events = [];
    change(l);
  });
}

function loadOf(loads: StaffLoad[], role: StaffRole): StaffLoad {
  const found = loads.find((l) => l.role === role);
  if (!found) throw new Error(`no ${role} row`);
  return found;
}

describe('staff load against the day’s work', () => {
  it('reports every role, with the day’s chats and parcels as the work it priced', () => {
    const level = comprehensive();
    const state = passDays(level, fresh(level), 5);
    const loads = staffLoads(level, state);
    expect(loads.map((l) => l.role)).toEqual([...STAFF_ROLES]);
    expect(loadOf(loads, 'customerService').workload).toBe(state.today?.chats);
    expect(loadOf(loads, 'customerService').capacity).toBe(state.today?.csCapacity);
    expect(loadOf(loads, 'warehouse').workload).toBe(state.today?.parcels);
    expect(loadOf(loads, 'warehouse').capacity).toBe(state.today?.packCapacity);
  });

  it('counts the owner as one operator and listings on sale as the operators’ and designers’ work', () => {
    const level = comprehensive((l) => {
      l.staff.operator = 0;
      l.staff.designer = 0;
    });
    const loads = staffLoads(level, fresh(level));
    const operator = loadOf(loads, 'operator');
    expect(operator.capacity).toBe(level.roles.operator.capacityPerDay);
    expect(operator.workload).toBe(level.listings.length);
    const designer = loadOf(loads, 'designer');
    expect(designer.capacity).toBe(0);
    expect(designer.workload).toBe(level.listings.length);
    expect(designer.load).toBe(level.listings.length > 0 ? 'over' : 'ok');
  });

  it('a listing taken down is no work for operators or designers', () => {
    const level = comprehensive();
    const state = fresh(level);
    const down = state.listings[0];
    if (!down) throw new Error('the level has no listing');
    down.takedownDays = 5;
    expect(loadOf(staffLoads(level, state), 'operator').workload).toBe(level.listings.length - 1);
  });

  it('before the first day there are no chats or parcels to compare', () => {
    const level = comprehensive();
    const loads = staffLoads(level, fresh(level));
    expect(loadOf(loads, 'customerService').workload).toBeNull();
    expect(loadOf(loads, 'customerService').load).toBe('ok');
    expect(loadOf(loads, 'warehouse').workload).toBeNull();
  });

  it('hiring shows the new team’s capacity against the last day’s work at once', () => {
    const level = comprehensive();
    const before = passDays(level, fresh(level), 3);
    const headcount = before.staff.customerService + 2;
    const after = play(level, before, [{ type: 'setStaff', role: 'customerService', headcount }]);
    const row = loadOf(staffLoads(level, after), 'customerService');
    expect(row.capacity).toBe(headcount * level.roles.customerService.capacityPerDay);
    expect(row.workload).toBe(before.today?.chats);
  });

  it('more parcels than the team packs is overload; less than half of it, idle staff', () => {
    const level = comprehensive();
    const state = passDays(level, fresh(level), 3);
    const today = state.today;
    if (!today) throw new Error('no day report');
    const capacity = loadOf(staffLoads(level, state), 'warehouse').capacity;
    state.today = { ...today, parcels: capacity + 1 };
    expect(loadOf(staffLoads(level, state), 'warehouse').load).toBe('over');
    state.today = { ...today, parcels: Math.floor(capacity / 2) - 1 };
    expect(loadOf(staffLoads(level, state), 'warehouse').load).toBe('idle');
    state.today = { ...today, parcels: capacity };
    expect(loadOf(staffLoads(level, state), 'warehouse').load).toBe('ok');
  });

  it('labels work above capacity over, below half idle, and in between ok', () => {
    expect(staffLoadLevel(101, 100)).toBe('over');
    expect(staffLoadLevel(100, 100)).toBe('ok');
    expect(staffLoadLevel(50, 100)).toBe('ok');
    expect(staffLoadLevel(49, 100)).toBe('idle');
    expect(staffLoadLevel(null, 100)).toBe('ok');
  });

  it('the daily wage bill counts every role', () => {
    const level = comprehensive();
    const state = fresh(level);
    let expected = 0;
    for (const role of STAFF_ROLES) {
      state.staff[role] = STAFF_ROLES.indexOf(role) + 1;
      expected += state.staff[role] * state.wagesFen[role];
    }
    expect(monthlyWagesFen(state)).toBe(expected);
  });
});

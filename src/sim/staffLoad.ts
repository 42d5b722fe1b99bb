/**
 * What each staff role can handle in a day, and the work a day brings it. The day's simulation
 * prices any shortfall (unanswered chats and uncovered listings convert worse, late parcels come
 * back and cost compensation); the manage screen shows the same figures, so the one rule here
 * decides both what the shop pays for overload and what the player sees as overload or idle staff.
 */
import type { Level, StaffRole } from './level';
import { STAFF_ROLES } from './level';
import type { SimState } from './state';
import { OWNER_OPERATOR_LISTINGS, OWNER_PACKING_PER_DAY } from './tables';

type Staff = Readonly<Record<StaffRole, number>>;

/** Chats a day that customer service answers; the rest convert at half rate. */
export function customerServiceCapacity(level: Level, staff: Staff): number {
  return staff.customerService * level.roles.customerService.capacityPerDay;
}

/** Listings the operators keep up (promotions, copy, prices); the owner runs one listing. */
export function operatorCapacity(level: Level, staff: Staff): number {
  return (staff.operator + OWNER_OPERATOR_LISTINGS) * level.roles.operator.capacityPerDay;
}

/** Listings whose pictures and pages the designers keep fresh. */
export function designerCapacity(level: Level, staff: Staff): number {
  return staff.designer * level.roles.designer.capacityPerDay;
}

/** Parcels packed a day; the owner packs some. Parcels beyond it ship late. */
export function packingCapacity(level: Level, staff: Staff): number {
  return staff.warehouse * level.roles.warehouse.capacityPerDay + OWNER_PACKING_PER_DAY;
}

/** Listings on sale: a listing taken down needs neither an operator nor a designer. */
export function liveListings(state: SimState): number {
  let live = 0;
  for (const listing of state.listings) if (listing.takedownDays === 0) live += 1;
  return live;
}

export type LoadLevel = 'idle' | 'ok' | 'over';

/**
 * Work above capacity is overload (the day pays for it); work below half of it means staff
 * are paid to wait. Before the first day there is no work to compare: 'ok'.
 */
export function staffLoadLevel(workload: number | null, capacity: number): LoadLevel {
  if (workload === null) return 'ok';
  if (workload > capacity) return 'over';
  return workload * 2 < capacity ? 'idle' : 'ok';
}

export interface StaffLoad {
  role: StaffRole;
  headcount: number;
  /** What the current team handles in a day, in the role's unit of work. */
  capacity: number;
  /**
   * The work: chats (customer service) and parcels (warehouse) of the last simulated day, null
   * before the first day; listings on sale (operator, designer), known before any day.
   */
  workload: number | null;
  load: LoadLevel;
}

/**
 * Each role's capacity with today's team against the last day's work: after hiring or firing,
 * the figures show at once whether the new team would have kept up.
 */
export function staffLoads(level: Level, state: SimState): StaffLoad[] {
  const today = state.today;
  const live = liveListings(state);
  return STAFF_ROLES.map((role) => {
    let capacity: number;
    let workload: number | null;
    switch (role) {
      case 'customerService':
        capacity = customerServiceCapacity(level, state.staff);
        workload = today ? today.chats : null;
        break;
      case 'operator':
        capacity = operatorCapacity(level, state.staff);
        workload = live;
        break;
      case 'designer':
        capacity = designerCapacity(level, state.staff);
        workload = live;
        break;
      case 'warehouse':
        capacity = packingCapacity(level, state.staff);
        workload = today ? today.parcels : null;
        break;
    }
    return {
      role,
      headcount: state.staff[role],
      capacity,
      workload,
      load: staffLoadLevel(workload, capacity),
    };
  });
}

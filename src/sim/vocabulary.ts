/**
 * The names that both a level and an action speak of. They live apart from `level.ts` and
 * `actions.ts` so that each of those can import them without importing the other.
 */

export const STAGE_IDS = ['traffic', 'product', 'market', 'comprehensive'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const STAFF_ROLES = ['customerService', 'operator', 'designer', 'warehouse'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

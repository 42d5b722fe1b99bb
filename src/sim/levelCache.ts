import { dayKind, type DayKind } from './conversion';
import type { Competitor, DesignOption, EventKind, EventSpec, Level, Supplier } from './level';
import { lerpTable } from './math';

/**
 * Per-level lookups computed once: the calendar, the search trend and id indexes.
 * Levels are never mutated after validation, so a WeakMap keyed by the level object is safe.
 */
export interface LevelTables {
  /** Index = day (1-based); day 0 unused. */
  trendBp: number[];
  kind: DayKind[];
  /** Whether a festival day lies at least two days after the given day. */
  festivalAhead: boolean[];
  suppliers: Map<string, Supplier>;
  events: Map<EventKind, EventSpec>;
  materials: Map<string, DesignOption>;
  competitors: Map<string, Competitor>;
  /** The two events whose meters sales fill every day, looked up once. */
  hunterClaim: EventSpec | undefined;
  ipComplaint: EventSpec | undefined;
  /** Whether the player can hire and fire in this stage; if not, missing roles cut nothing. */
  staffManaged: boolean;
}

const cache = new WeakMap<Level, LevelTables>();

export function levelTables(level: Level): LevelTables {
  const found = cache.get(level);
  if (found) return found;
  const points = level.market.searchTrend.map((p) => [p.day, p.bp] as const);
  const trendBp: number[] = [];
  const kind: DayKind[] = [];
  for (let day = 0; day <= level.days + 1; day++) {
    trendBp.push(points.length === 0 ? 10_000 : lerpTable(points, day));
    kind.push(dayKind(level, day));
  }
  const festivalAhead = kind.map((_, day) => kind.some((k, d) => d >= day + 2 && k === 'festival'));
  const events = new Map(level.events.map((e) => [e.kind, e]));
  const tables: LevelTables = {
    trendBp,
    kind,
    festivalAhead,
    suppliers: new Map(level.suppliers.map((s) => [s.id, s])),
    events,
    materials: new Map(level.market.materials.map((m) => [m.id, m])),
    competitors: firstById(level.market.competitors),
    hunterClaim: events.get('hunterClaim'),
    ipComplaint: events.get('ipComplaint'),
    staffManaged: level.enabledActions.includes('setStaff'),
  };
  cache.set(level, tables);
  return tables;
}

/** Like Array.find by id: with a repeated id the first one wins. */
function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

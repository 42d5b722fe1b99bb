/**
 * What this browser remembers of the class markets it has played in: per class, the latest round
 * whose brief it opened and the latest round it handed in. The student page refuses a brief older
 * than either (src/share/roundStudent.ts), so an old link from the chat cannot reopen a round
 * the class has moved past. Read defensively: storage is the player's, and anything malformed is
 * dropped entry by entry, never trusted and never fatal.
 */
export const CLASS_ROUNDS_KEY = 'four-stages.classRounds';
/** Classes remembered; the least recently touched go first past this. */
export const MAX_CLASSES_REMEMBERED = 24;
const MAX_TEXT_CHARS = 16_000;
const MAX_ROUND = 255;
const MAX_NAME_CHARS = 40;
const MAX_MARKETS = 8;
const MAX_FIGURE = 100_000_000;

/** A round's market as its brief said, so the next brief can say what changed. */
export interface SeenMarket {
  round: number;
  referencePriceFen: number;
  demandBp: number;
}

export interface ClassRoundMemory {
  classId: number;
  /** The latest round whose brief was opened here. */
  seen: number;
  /** The latest round handed in here; 0 for none. */
  handedIn: number;
  /** The name last typed for this class's hand-ins ('' for none); shown as text only. */
  name: string;
  markets: SeenMarket[];
}

function isRound(value: unknown, min: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= MAX_ROUND;
}

function isFigure(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_FIGURE;
}

function marketOf(value: unknown): SeenMarket | null {
  if (typeof value !== 'object' || value === null) return null;
  const { round, referencePriceFen, demandBp } = value as Record<string, unknown>;
  if (!isRound(round, 1) || !isFigure(referencePriceFen) || !isFigure(demandBp)) return null;
  return { round, referencePriceFen, demandBp };
}

function entryOf(value: unknown): ClassRoundMemory | null {
  if (typeof value !== 'object' || value === null) return null;
  const { classId, seen, handedIn, name, markets } = value as Record<string, unknown>;
  if (!Number.isInteger(classId) || (classId as number) < 0 || (classId as number) > 0xffff_ffff) {
    return null;
  }
  if (!isRound(seen, 1) || !isRound(handedIn, 0)) return null;
  const kept: SeenMarket[] = [];
  for (const item of Array.isArray(markets) ? markets.slice(0, MAX_MARKETS) : []) {
    const market = marketOf(item);
    if (market && !kept.some((m) => m.round === market.round)) kept.push(market);
  }
  return {
    classId: classId as number,
    seen,
    handedIn,
    name: typeof name === 'string' ? name.slice(0, MAX_NAME_CHARS) : '',
    markets: kept,
  };
}

/** Every valid entry, most recently touched first; [] when storage is blocked or holds junk. */
export function readClassRounds(storage: Storage | null): ClassRoundMemory[] {
  let text: string | null = null;
  try {
    text = storage?.getItem(CLASS_ROUNDS_KEY) ?? null;
  } catch {
    return [];
  }
  if (text === null || text.length > MAX_TEXT_CHARS) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out: ClassRoundMemory[] = [];
  for (const item of parsed.slice(0, MAX_CLASSES_REMEMBERED)) {
    const entry = entryOf(item);
    if (entry && !out.some((e) => e.classId === entry.classId)) out.push(entry);
  }
  return out;
}

export function classRoundOf(storage: Storage | null, classId: number): ClassRoundMemory | null {
  return readClassRounds(storage).find((e) => e.classId === classId) ?? null;
}

/**
 * Notes a brief opened (`seen`) or a round handed in (`handedIn`) for a class. Rounds only move
 * forward: noting an older round changes nothing. Returns whether it was kept.
 */
export function noteClassRound(
  storage: Storage | null,
  classId: number,
  what: { seen?: SeenMarket; handedIn?: number; name?: string },
): boolean {
  if (!storage) return false;
  const all = readClassRounds(storage);
  const old = all.find((e) => e.classId === classId);
  const seen = Math.max(old?.seen ?? 1, what.seen?.round ?? 1, what.handedIn ?? 1);
  const handedIn = Math.max(old?.handedIn ?? 0, what.handedIn ?? 0);
  const markets = (old?.markets ?? []).filter((m) => m.round !== what.seen?.round);
  if (what.seen) markets.push(what.seen);
  markets.sort((a, b) => a.round - b.round);
  const entry = entryOf({
    classId,
    seen,
    handedIn,
    name: what.name ?? old?.name ?? '',
    markets: markets.slice(-MAX_MARKETS),
  });
  if (!entry) return false;
  const next = [entry, ...all.filter((e) => e.classId !== classId)].slice(
    0,
    MAX_CLASSES_REMEMBERED,
  );
  try {
    storage.setItem(CLASS_ROUNDS_KEY, JSON.stringify(next));
    return true;
  } catch {
    // Not kept: the page still works, it only forgets which rounds it has seen.
    return false;
  }
}

import type { Levers, Level, StageId } from '../../sim';

/**
 * What a share link needs beyond the store: the levels as shipped (the store may hold a session's
 * levered copies), the session's levers and the player's name. main.ts sets it once at boot; the
 * lazily loaded share dialog reads it. Kept out of the store: none of it is game state.
 */
export interface ShareContext {
  levels: Partial<Record<StageId, Level>>;
  levers: Partial<Levers>;
  /** A session student's name, carried into the result link; null lets the player type one. */
  name: string | null;
  /** The trainer's session name, shown with the result. */
  sessionName: string | null;
}

let context: ShareContext = { levels: {}, levers: {}, name: null, sessionName: null };

export function setShareContext(next: ShareContext): void {
  context = next;
}

export function shareContext(): ShareContext {
  return context;
}

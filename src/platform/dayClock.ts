/**
 * The clock that passes days while the game plays. It only calls `onTick`; what a tick does is
 * the caller's business (the UI dispatches advanceDay). A hidden tab stops the clock, so days do
 * not pass unseen.
 */
/** One day at 1x speed, in milliseconds; 2x and 4x divide it. The street animates a day in it. */
export const DAY_MS = 3_000;

export interface DayClock {
  /** Milliseconds between days, or null to stop. */
  setInterval(ms: number | null): void;
  dispose(): void;
}

export function createDayClock(onTick: () => void): DayClock {
  let intervalMs: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    clear();
    if (intervalMs === null || document.hidden) return;
    timer = setTimeout(() => {
      timer = null;
      onTick();
      schedule();
    }, intervalMs);
  };
  const onVisibility = () => schedule();
  document.addEventListener('visibilitychange', onVisibility);

  return {
    setInterval(ms) {
      if (ms === intervalMs) return;
      intervalMs = ms;
      schedule();
    },
    dispose() {
      clear();
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}

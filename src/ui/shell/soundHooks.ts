import type { Notice } from '../../sim';
import type { Sound } from '../../platform/sound';
import type { GameStoreApi } from '../../store/gameStore';

/** Notices that mean the platform or a claimant just cost the shop money or standing. */
const PENALTIES: readonly Notice['kind'][] = ['caught', 'shopClosed', 'hunterPaid', 'takedown'];

/**
 * One cue per day report, the most important first, so fast play stays a pulse, not a din; and
 * the first user gesture (pointer or key) unlocks audio, as browsers require.
 */
export function installSoundHooks(store: GameStoreApi, sound: Sound): () => void {
  const unlock = () => sound.unlock();
  window.addEventListener('pointerdown', unlock, true);
  window.addEventListener('keydown', unlock, true);
  let lastToday: unknown = null;
  let lastOutcome: string | null = null;
  const unsubscribe = store.subscribe((state) => {
    const sim = state.run?.sim;
    if (!sim) return;
    if (lastOutcome === 'running' && sim.outcome !== 'running') {
      sound.play(sim.outcome === 'finished' ? 'stageClear' : 'penalty');
    }
    lastOutcome = sim.outcome;
    const today = sim.today;
    if (!today || today === lastToday || state.ui.screen !== 'shop') return;
    lastToday = today;
    if (today.notices.some((n) => PENALTIES.includes(n.kind))) sound.play('penalty');
    else if (today.returns > today.orders) sound.play('return');
    else if (today.orders > 0) sound.play('sale');
  });
  return () => {
    unsubscribe();
    window.removeEventListener('pointerdown', unlock, true);
    window.removeEventListener('keydown', unlock, true);
  };
}

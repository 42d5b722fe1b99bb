/**
 * Small sound effects made in code with the Web Audio API: oscillators through gain envelopes,
 * no audio files. Browsers allow audio only after a user gesture, so the AudioContext is created
 * or resumed only inside a click or keydown handler (unlock()); before that, play() is silent.
 */
export type Cue = 'sale' | 'return' | 'penalty' | 'stageClear';

interface Note {
  freq: number;
  /** Start after the cue begins, and length, in seconds. */
  at: number;
  length: number;
  type: OscillatorType;
  /** Peak volume, 0..1 (kept low: these are hints, not music). */
  peak: number;
}

const CUES: Record<Cue, readonly Note[]> = {
  // A coin: two bright notes going up.
  sale: [
    { freq: 988, at: 0, length: 0.08, type: 'square', peak: 0.05 },
    { freq: 1319, at: 0.07, length: 0.14, type: 'square', peak: 0.05 },
  ],
  // A parcel coming back: a soft falling pair.
  return: [
    { freq: 440, at: 0, length: 0.12, type: 'triangle', peak: 0.12 },
    { freq: 330, at: 0.1, length: 0.18, type: 'triangle', peak: 0.12 },
  ],
  // A penalty: a low buzz.
  penalty: [
    { freq: 150, at: 0, length: 0.25, type: 'sawtooth', peak: 0.08 },
    { freq: 110, at: 0.22, length: 0.3, type: 'sawtooth', peak: 0.08 },
  ],
  // Stage clear: a rising major arpeggio.
  stageClear: [
    { freq: 523, at: 0, length: 0.14, type: 'triangle', peak: 0.12 },
    { freq: 659, at: 0.12, length: 0.14, type: 'triangle', peak: 0.12 },
    { freq: 784, at: 0.24, length: 0.14, type: 'triangle', peak: 0.12 },
    { freq: 1047, at: 0.36, length: 0.35, type: 'triangle', peak: 0.12 },
  ],
};

export interface Sound {
  /** Call from inside a user gesture's handler: creates or resumes the AudioContext. */
  unlock(): void;
  play(cue: Cue): void;
  setMuted(muted: boolean): void;
  muted(): boolean;
}

type ContextFactory = () => AudioContext | null;

function browserContext(): AudioContext | null {
  return typeof AudioContext === 'function' ? new AudioContext() : null;
}

export function createSound(
  initiallyMuted: boolean,
  makeContext: ContextFactory = browserContext,
): Sound {
  let context: AudioContext | null = null;
  let muted = initiallyMuted;

  const tone = (ctx: AudioContext, note: Note) => {
    const start = ctx.currentTime + note.at;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = note.type;
    osc.frequency.value = note.freq;
    // Attack in 10 ms, then an exponential decay: no clicks at either end.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(note.peak, start + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + note.length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + note.length + 0.02);
  };

  return {
    unlock() {
      if (muted) return;
      try {
        context ??= makeContext();
        if (context?.state === 'suspended') void context.resume();
      } catch {
        context = null;
      }
    },
    play(cue) {
      if (muted || !context || context.state !== 'running') return;
      for (const note of CUES[cue]) tone(context, note);
    },
    setMuted(value) {
      muted = value;
      if (muted && context?.state === 'running') void context.suspend();
    },
    muted: () => muted,
  };
}

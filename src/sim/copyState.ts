import type { SimState } from './state';

/**
 * A deep copy of plain data: objects, arrays, typed arrays and primitives, which is all a
 * SimState holds. Several times faster than structuredClone here, and attribution copies a state
 * for every decision it weighs. Typed arrays are copied on their own, so journal columns that
 * shared one buffer get one buffer each; nothing ever relies on them sharing. Arrays are
 * taken to hold one kind of value each, as the state's types say.
 */
function copyValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    // Every array in a state holds one kind of thing; one of numbers or strings copies whole.
    if (value.length === 0 || typeof value[0] !== 'object') return value.slice();
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      out[i] = typeof item === 'object' && item !== null ? copyValue(item) : item;
    }
    return out;
  }
  if (ArrayBuffer.isView(value)) return (value as unknown as Uint8Array).slice();
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key in source) {
    const item = source[key];
    out[key] = typeof item === 'object' && item !== null ? copyValue(item) : item;
  }
  return out;
}

export function copyState(state: SimState): SimState {
  return copyValue(state) as SimState;
}

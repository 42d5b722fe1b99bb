/** A Storage double that can be blocked, full or shared between two "tabs" like localStorage. */
export type StorageMode = 'ok' | 'blocked' | 'full';

export class FakeStorage implements Storage {
  mode: StorageMode = 'ok';
  readonly items = new Map<string, string>();
  /** Tabs listening on this storage: a setItem from one fires 'storage' in the others. */
  readonly tabs: EventTarget[] = [];

  constructor(mode: StorageMode = 'ok') {
    this.mode = mode;
  }

  private guard(): void {
    if (this.mode === 'blocked')
      throw new DOMException('The operation is insecure.', 'SecurityError');
  }

  get length(): number {
    this.guard();
    return this.items.size;
  }
  clear(): void {
    this.guard();
    this.items.clear();
  }
  getItem(key: string): string | null {
    this.guard();
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    this.guard();
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.guard();
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.guard();
    if (this.mode === 'full') throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }

  /** Delivers a write made by `from` to every other tab, as browsers do. */
  setItemFrom(from: EventTarget, key: string, value: string): void {
    this.setItem(key, value);
    this.broadcast(from, key, value);
  }

  broadcast(from: EventTarget, key: string, newValue: string): void {
    for (const tab of this.tabs) {
      if (tab === from) continue;
      const event = new Event('storage') as Event & { key: string; newValue: string };
      Object.assign(event, { key, newValue });
      tab.dispatchEvent(event);
    }
  }
}

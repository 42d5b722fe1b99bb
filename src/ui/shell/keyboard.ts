import type { Commands } from './commands';

/**
 * Fields where typed keys belong to the field, not to the game; and menus marked
 * data-keys="own" (the settings menu), whose checkboxes Space must toggle.
 */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target.closest('[data-keys="own"]')) return true;
  if (target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && !['range', 'checkbox', 'radio'].includes(target.type)
  );
}

/**
 * Game shortcuts: Space play/pause, N next day, 1/2/4 speed, F finish, B books. Space takes
 * precedence over a focused button so a mouse player can pause after any click; Enter still
 * presses buttons. Nothing fires while a modal dialog is open.
 */
export function installShortcuts(commands: Commands, modalOpen: () => boolean): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
    if (typingInto(event.target) || modalOpen()) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const handlers: Record<string, () => void> = {
      ' ': () => commands.togglePlay(),
      n: () => commands.nextDay(),
      '1': () => commands.setSpeed(1),
      '2': () => commands.setSpeed(2),
      '4': () => commands.setSpeed(4),
      f: () => commands.finish(),
      b: () => commands.toggleBooks(),
    };
    const handler = handlers[key];
    if (!handler || !commands.isShopOpen()) return;
    event.preventDefault();
    handler();
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

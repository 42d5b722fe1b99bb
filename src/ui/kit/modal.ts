import { el, focusables } from './dom';

/**
 * A modal dialog: role=dialog, aria-modal, focus kept inside while open and given back to where it
 * was when it closes. Escape is left to the caller, since some dialogs must be answered.
 */
export interface Modal {
  root: HTMLElement;
  panel: HTMLElement;
  open(focusTarget?: HTMLElement | null): void;
  close(): void;
  isOpen(): boolean;
}

let counter = 0;

export function createModal(options: {
  className: string;
  heading: HTMLElement;
  onEscape?: () => void;
}): Modal {
  counter += 1;
  const headingId = `modal-heading-${counter}`;
  options.heading.id = headingId;
  const panel = el('div', {
    class: `modal ${options.className}`,
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': headingId,
    tabindex: '-1',
  });
  const root = el('div', { class: 'modal-backdrop', hidden: true }, [panel]);
  let returnFocus: HTMLElement | null = null;

  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && options.onEscape) {
      event.preventDefault();
      options.onEscape();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = focusables(panel);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) {
      event.preventDefault();
      panel.focus();
      return;
    }
    if (event.shiftKey && (document.activeElement === first || document.activeElement === panel)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  });
  // Focus that escapes (a click on the backdrop, a script) is pulled back into the dialog; focus
  // in another dialog, opened over this one (a confirmation), is that dialog's.
  document.addEventListener('focusin', (event) => {
    if (root.hidden || !(event.target instanceof Node) || panel.contains(event.target)) return;
    if (event.target instanceof Element && event.target.closest('.modal-backdrop')) return;
    (focusables(panel)[0] ?? panel).focus();
  });

  return {
    root,
    panel,
    open(focusTarget) {
      if (!root.hidden) return;
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      root.hidden = false;
      (focusTarget ?? focusables(panel)[0] ?? panel).focus();
    },
    close() {
      if (root.hidden) return;
      root.hidden = true;
      if (returnFocus && returnFocus.isConnected) returnFocus.focus();
      returnFocus = null;
    },
    isOpen() {
      return !root.hidden;
    },
  };
}

import { el } from './dom';
import { createModal } from './modal';

export interface ConfirmOptions {
  heading: string;
  /** What the action throws away, named plainly: the stage, the day, the results. */
  loses: string;
  /** The destructive choice, e.g. "Start a new campaign". */
  confirmLabel: string;
  /** The safe choice, e.g. "Keep my campaign": focused first, and what Escape means. */
  keepLabel: string;
  /** A way to keep a copy first, offered beside the choices: "Export save", "Download CSV". */
  keepCopy?: { label: string; action: () => void } | null;
}

/**
 * Asks before a destructive action. The safe choice has the focus and the primary style, Escape
 * answers it, and the dialog names what will be lost. Resolves true only for the confirm button.
 */
export function askConfirm(host: HTMLElement, options: ConfirmOptions): Promise<boolean> {
  const heading = el('h2', { text: options.heading });
  const keep = el('button', {
    type: 'button',
    class: 'btn btn-primary',
    'data-choice': 'keep',
    text: options.keepLabel,
  });
  const confirm = el('button', {
    type: 'button',
    class: 'btn btn-danger',
    'data-choice': 'confirm',
    text: options.confirmLabel,
  });
  const buttons: HTMLElement[] = [keep];
  const copy = options.keepCopy;
  if (copy) {
    const copyButton = el('button', { type: 'button', class: 'btn', text: copy.label });
    copyButton.addEventListener('click', () => copy.action());
    buttons.push(copyButton);
  }
  buttons.push(confirm);
  return new Promise((resolve) => {
    const modal = createModal({
      className: 'confirm-dialog',
      heading,
      onEscape: () => answer(false),
    });
    modal.panel.setAttribute('role', 'alertdialog');
    modal.panel.append(
      heading,
      el('p', { class: 'confirm-loses', text: options.loses }),
      el('div', { class: 'dialog-buttons' }, buttons),
    );
    host.append(modal.root);
    function answer(confirmed: boolean): void {
      modal.close();
      modal.root.remove();
      resolve(confirmed);
    }
    keep.addEventListener('click', () => answer(false));
    confirm.addEventListener('click', () => answer(true));
    modal.open(keep);
  });
}

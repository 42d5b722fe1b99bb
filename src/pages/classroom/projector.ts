import { el } from '../../ui/kit/dom';
import { t } from '../../present/i18n';
import { createModal } from '../../ui/kit/modal';
import { qrSvg } from '../../ui/kit/qr';

/**
 * The projector view: the session's name and a QR code as large as the screen allows, readable
 * from the back of a classroom. Escape or the button closes it.
 */
export function openProjector(link: string, title: string, seed: number): void {
  const heading = el('h2', { class: 'projector-title', text: title });
  const modal = createModal({ className: 'projector', heading, onEscape: () => done() });
  const done = () => {
    modal.close();
    modal.root.remove();
  };
  const close = el('button', { type: 'button', class: 'btn', text: t('trainer.projectorClose') });
  close.addEventListener('click', done);
  const qr = qrSvg(link, t('share.qrLabel', { what: title }), 560);
  modal.panel.append(
    heading,
    el('p', { class: 'projector-step', text: t('trainer.projectorStep') }),
    qr ?? el('p', { text: t('share.noQr') }),
    el('p', { class: 'projector-seed num', text: t('trainer.projectorSeed', { seed }) }),
    close,
  );
  modal.root.classList.add('projector-backdrop');
  document.getElementById('ui')?.append(modal.root);
  modal.open(close);
}

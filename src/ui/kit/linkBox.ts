import './share.css';
import { el, uid } from './dom';
import { t } from '../../present/i18n';
import { copyText } from './copy';
import { qrSvg } from './qr';

/**
 * A link as people pass it on: a read-only field to select, a Copy button with a spoken result,
 * and a QR code for phones. Used by the share dialog, the trainer page and a session's hand-in.
 */

export function linkBox(link: string, label: string, qrPixels = 220): HTMLElement {
  const id = uid('link-box');
  const field = el('input', {
    id,
    class: 'link-field',
    type: 'text',
    readonly: true,
    value: link,
    spellcheck: 'false',
  });
  field.value = link;
  field.addEventListener('focus', () => field.select());
  const status = el('span', { class: 'hint copy-status', role: 'status' });
  const copy = el('button', { type: 'button', class: 'btn btn-primary', text: t('share.copy') });
  copy.addEventListener('click', () => {
    void copyText(link, field).then((ok) => {
      status.textContent = ok ? t('share.copied') : t('share.copyByHand');
    });
  });
  const qr = qrSvg(link, t('share.qrLabel', { what: label }), qrPixels);
  return el('div', { class: 'link-box' }, [
    el('label', { class: 'link-label', for: id, text: label }),
    el('div', { class: 'link-row' }, [field, copy]),
    status,
    qr ?? el('p', { class: 'hint', text: t('share.noQr') }),
  ]);
}

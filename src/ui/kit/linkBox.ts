import './share.css';
import { el, uid } from './dom';
import { t } from '../../present/i18n';
import { codeOfLink } from '../../share/code';
import { copyText } from './copy';
import { qrSvg } from './qr';

/**
 * A link as people pass it on: a read-only field to select, a Copy button with a spoken result,
 * its short code (for when a chat app breaks the link) with a Copy button of its own, and a QR
 * code for phones. Used by the share dialog, the trainer pages, a brief and a session's hand-in.
 */

/** A long code wraps over a few rows; a session's fits on one or two. */
const CODE_CHARS_PER_ROW = 60;
const MAX_CODE_ROWS = 5;

function codeBlock(code: string): HTMLElement {
  const id = uid('link-code');
  const rows = Math.max(2, Math.min(MAX_CODE_ROWS, Math.ceil(code.length / CODE_CHARS_PER_ROW)));
  const field = el('textarea', {
    id,
    class: 'link-code',
    readonly: true,
    spellcheck: 'false',
    rows,
    // The rows as a height too: a dialog that scrolls would otherwise squeeze it to one line.
    style: `--code-rows: ${rows}`,
  });
  field.value = code;
  field.addEventListener('focus', () => field.select());
  const status = el('span', { class: 'hint copy-status', role: 'status' });
  const copy = el('button', { type: 'button', class: 'btn', text: t('code.copy') });
  copy.addEventListener('click', () => {
    void copyText(code, field).then((ok) => {
      status.textContent = ok ? t('code.copied') : t('code.copyByHand');
    });
  });
  return el('div', { class: 'link-code-box' }, [
    el('label', { class: 'link-label', for: id, text: t('code.label') }),
    el('div', { class: 'link-row' }, [field, copy]),
    status,
  ]);
}

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
  const code = codeOfLink(link);
  return el('div', { class: 'link-box' }, [
    el('label', { class: 'link-label', for: id, text: label }),
    el('div', { class: 'link-row' }, [field, copy]),
    status,
    ...(code === null ? [] : [codeBlock(code)]),
    qr ?? el('p', { class: 'hint', text: t('share.noQr') }),
  ]);
}

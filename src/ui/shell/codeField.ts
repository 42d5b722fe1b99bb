import './codeField.css';
import { t } from '../../present/i18n';
import { langParam } from '../../platform/settings';
import type { CodeKind } from '../../share/code';
import { el, setText } from '../kit/dom';

/**
 * The title's "Have a code or link?": a code read out or pasted from a chat app, or a link whose
 * address the chat app broke, opens the page the link would have opened. Only the code's own
 * checksum is checked here; the page it opens checks the link as it checks any link.
 */

/** Where each kind of link opens: the address in query form (chat apps keep it) or a page's own. */
function addressFor(kind: CodeKind, payload: string, pageBase: () => string): string | null {
  // The page's language, when the address chose it, stays chosen on the page the code opens.
  const lang = langParam(window.location.search);
  const query = lang === null ? '?' : `?lang=${lang}&`;
  switch (kind) {
    case 'result':
      return `${pageBase()}${query}r=${payload}`;
    case 'session':
      return `${pageBase()}${query}s=${payload}`;
    case 'brief':
      return `${pageBase()}${lang === null ? '' : `?lang=${lang}`}#n=${payload}`;
    case 'class':
    case 'handIn':
      // The class market reads these from its own paste fields, not from the address.
      return null;
  }
}

export function createCodeField(): HTMLElement {
  const input = el('input', {
    id: 'title-code',
    class: 'title-code-input',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    autocapitalize: 'characters',
    maxlength: '12000',
    'aria-describedby': 'title-code-problem',
  });
  const open = el('button', { type: 'submit', class: 'btn', text: t('code.open') });
  const problem = el('p', {
    id: 'title-code-problem',
    class: 'title-code-problem',
    role: 'alert',
  });
  const found = el('div', { class: 'title-code-found', 'aria-live': 'polite' });
  const form = el('form', { class: 'title-code-form', novalidate: true }, [
    el('label', { for: 'title-code', text: t('code.fieldLabel') }),
    el('div', { class: 'title-code-row' }, [input, open]),
    problem,
    found,
  ]);
  const refuse = (sentence: string) => {
    setText(problem, sentence);
    found.replaceChildren();
    input.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (text === '') return refuse(t('code.empty'));
    // The code reader, the share module and the link box load only when a code is used, so the
    // title's own JavaScript and styles stay as they were.
    void Promise.all([
      import('../../share/code'),
      import('../../present/linkMessage'),
      import('../debrief/shareDialog'),
      import('../kit/linkBox'),
    ]).then(([code, { linkMessage }, { pageBase }, { linkBox }]) => {
      let link: { kind: CodeKind; payload: string } | null;
      if (code.looksLikeCode(text)) {
        const read = code.readCode(text);
        if (!read.ok) return refuse(linkMessage(read.reason));
        link = read;
      } else link = code.linkParam(text);
      if (link === null || link.payload === '') return refuse(t('code.notRecognised'));
      setText(problem, '');
      const address = addressFor(link.kind, link.payload, pageBase);
      if (address !== null) {
        window.location.assign(address);
        return;
      }
      const key = link.kind === 'class' ? 'c' : 'h';
      found.replaceChildren(
        el('p', { text: t(link.kind === 'class' ? 'code.classFound' : 'code.handInFound') }),
        linkBox(`${pageBase()}#${key}=${link.payload}`, t('code.foundLink'), 160),
        el('a', { class: 'btn', href: '#market', text: t('code.openMarket') }),
      );
    });
  });
  return el('details', { class: 'title-code' }, [
    el('summary', { class: 'btn btn-ghost', text: t('code.haveOne') }),
    form,
  ]);
}

import { encodeResultLink, sanitizeName, type ResultRun } from '../../share';
import { encodeFailure } from '../../present/encodeFailure';
import { STAGE_IDS } from '../../sim';
import type { GameState, GameStoreApi } from '../../store/gameStore';
import { el, nameSlot, sentenceWithName } from '../kit/dom';
import { t } from '../../present/i18n';
import { createModal } from '../kit/modal';
import { linkBox } from '../kit/linkBox';

/** The finished stages of this campaign, in campaign order, each with its last run's log. */
export function campaignRun(state: GameState, name: string): ResultRun {
  const context = state.share;
  const base = { name, seed: state.seed, levers: context.levers };
  // From a finished what-if's debrief, Share gives the what-if, labelled as one.
  const current = state.run;
  const whatIf = current?.whatIf ? state.whatIfs[current.stage] : undefined;
  if (current && whatIf && current.sim.outcome !== 'running') {
    return {
      ...base,
      stages: [{ stage: current.stage, log: whatIf.log }],
      whatIf: { stage: current.stage, forkDay: whatIf.forkDay },
    };
  }
  const stages: ResultRun['stages'] = [];
  const reflections: NonNullable<ResultRun['reflections']> = {};
  for (const stage of STAGE_IDS) {
    const log = state.logs[stage];
    if (log && state.results[stage]) {
      stages.push({ stage, log });
      const answer = state.reflections[stage];
      if (answer) reflections[stage] = answer;
    }
  }
  return { ...base, stages, reflections };
}

/** The page address a link starts with: this page, without its own fragment or query. */
export function pageBase(): string {
  // Not origin + pathname: a page opened from a folder (file://) has the origin "null".
  const url = new URL(window.location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/**
 * "Share": the result link of every finished stage of this campaign, with a copy button and a QR
 * code. A session student's name is fixed by the session; anyone else may type one.
 */
export function openShareDialog(store: GameStoreApi): void {
  const state = store.getState();
  const context = state.share;
  const lastName = state.ui.shareName;
  const heading = el('h2', { text: t('share.heading') });
  const body = el('div', { class: 'share-body' });
  const close = el('button', { type: 'button', class: 'btn', text: t('share.close') });
  const modal = createModal({ className: 'share-dialog', heading, onEscape: () => done() });
  const done = () => {
    modal.close();
    modal.root.remove();
  };
  close.addEventListener('click', done);

  const render = (name: string) => {
    const run = campaignRun(state, sanitizeName(name, ''));
    if (run.stages.length === 0) {
      body.replaceChildren(el('p', { role: 'alert', text: t('share.nothing') }));
      return;
    }
    const encoded = encodeResultLink(run, context.levels, pageBase(), 'query');
    body.replaceChildren(
      el('p', { text: t('share.covers', { count: run.stages.length }) }),
      encoded.ok
        ? linkBox(encoded.link, t('share.linkLabel'))
        : el('p', { role: 'alert', text: encodeFailure(encoded.error) }),
    );
  };

  const parts: HTMLElement[] = [heading];
  if (context.name === null) {
    const input = el('input', {
      id: 'share-name',
      type: 'text',
      maxlength: 40,
      autocomplete: 'nickname',
      value: lastName,
    });
    input.value = lastName;
    // The link is rebuilt as the name changes: nothing to confirm.
    input.addEventListener('input', () => {
      store.getState().setShareName(input.value);
      render(input.value);
    });
    parts.push(
      el('div', { class: 'share-name' }, [
        el('label', { for: 'share-name', text: t('share.nameLabel') }),
        input,
      ]),
    );
  } else {
    parts.push(
      el(
        'p',
        { class: 'share-who' },
        sentenceWithName(t('share.as', { name: nameSlot() }), context.name),
      ),
    );
  }
  parts.push(
    body,
    el('p', { class: 'hint', text: t('share.what') }),
    el('div', { class: 'share-actions' }, [close]),
  );
  modal.panel.append(...parts);
  render(context.name ?? lastName);
  document.getElementById('ui')?.append(modal.root);
  modal.open();
}

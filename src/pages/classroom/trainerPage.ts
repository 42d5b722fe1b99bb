import '../pages.css';
import { drawSeed, MAX_SEED } from '../../platform/launch';
import { encodeSessionLink, sanitizeName, type Language, type LevelSet } from '../../share';
import { encodeFailure } from '../../present/encodeFailure';
import { STAGE_IDS, type Level, type StageId } from '../../sim';
import { el } from '../../ui/kit/dom';
import { local, t } from '../../present/i18n';
import { linkBox } from '../../ui/kit/linkBox';
import { pageBase } from '../../ui/debrief/shareDialog';
import { leverInputs } from './leverFields';
import { openProjector } from './projector';

/**
 * The trainer page (#trainer): a session's stages, seed, levers and name become one link and a
 * large QR code for the class. Nothing is stored or sent: the link is the session.
 */
export function showTrainerPage(root: HTMLElement, shipped: readonly Level[]): void {
  const levels: LevelSet = Object.fromEntries(shipped.map((l) => [l.id, l]));
  const name = el('input', { id: 'session-title', type: 'text', maxlength: 40 });
  const stageBoxes = STAGE_IDS.filter((id) => levels[id]).map((id, i) => {
    const box = el('input', { type: 'checkbox', id: `stage-${id}`, value: id, checked: i === 0 });
    const level = levels[id] as Level;
    return {
      id,
      box,
      row: el('label', { class: 'check-row', for: `stage-${id}` }, [box, local(level.title)]),
    };
  });
  const seed = el('input', {
    id: 'session-seed',
    type: 'number',
    min: 0,
    max: MAX_SEED,
    step: 1,
    inputmode: 'numeric',
  });
  seed.value = String(drawSeed());
  const draw = el('button', { type: 'button', class: 'btn', text: t('trainer.drawSeed') });
  draw.addEventListener('click', () => {
    seed.value = String(drawSeed());
  });
  const language = el('select', { id: 'session-language' }, [
    el('option', { value: '', text: t('trainer.language.any') }),
    el('option', { value: 'en', text: 'English' }),
    el('option', { value: 'zh', text: '中文' }),
  ]);
  const levers = leverInputs();
  const errors = el('div', { class: 'form-error', role: 'alert' });
  const output = el('section', { class: 'trainer-output', 'aria-live': 'polite' });
  const create = el('button', {
    type: 'submit',
    class: 'btn btn-primary btn-large',
    text: t('trainer.create'),
  });

  // novalidate: the page's own sentences (which field, which range) replace the browser's bubbles.
  const form = el(
    'form',
    { class: 'trainer-form panel', 'aria-labelledby': 'trainer-h', novalidate: true },
    [
      el('h1', { id: 'trainer-h', tabindex: '-1', text: t('trainer.heading') }),
      el('p', { class: 'hint', text: t('trainer.intro') }),
      el('div', { class: 'field' }, [
        el('label', { for: 'session-title', text: t('trainer.sessionName') }),
        name,
      ]),
      el('fieldset', {}, [
        el('legend', { text: t('trainer.stages') }),
        ...stageBoxes.map((s) => s.row),
      ]),
      el('div', { class: 'field' }, [
        el('label', { for: 'session-seed', text: t('trainer.seed') }),
        el('div', { class: 'link-row' }, [seed, draw]),
        el('span', { class: 'hint', text: t('trainer.seedHint') }),
      ]),
      el('div', { class: 'field' }, [
        el('label', { for: 'session-language', text: t('trainer.language') }),
        language,
      ]),
      levers.root,
      errors,
      create,
    ],
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const problems: string[] = [];
    const stages: StageId[] = stageBoxes.filter((s) => s.box.checked).map((s) => s.id);
    if (stages.length === 0) problems.push(t('trainer.noStage'));
    const seedValue = Number(seed.value);
    if (!/^\d{1,10}$/.test(seed.value.trim()) || seedValue > MAX_SEED) {
      problems.push(t('trainer.badSeed', { max: MAX_SEED }));
    }
    const read = levers.read();
    if (!read.ok) problems.push(...read.errors);
    errors.replaceChildren(...problems.map((p) => el('p', { text: p })));
    if (problems.length > 0 || !read.ok) return;
    const title = sanitizeName(name.value, '');
    const encoded = encodeSessionLink(
      {
        name: title,
        seed: seedValue,
        levers: read.levers,
        stages,
        language: (language.value || null) as Language | null,
      },
      levels,
      pageBase(),
      'query',
    );
    if (!encoded.ok) {
      errors.replaceChildren(el('p', { role: 'alert', text: encodeFailure(encoded.error) }));
      return;
    }
    const projector = el('button', { type: 'button', class: 'btn btn-large' });
    projector.textContent = t('trainer.projector');
    projector.addEventListener('click', () =>
      openProjector(encoded.link, title || t('session.sameMarket'), seedValue),
    );
    output.replaceChildren(
      el('h2', { text: t('trainer.linkHeading') }),
      linkBox(encoded.link, t('trainer.linkLabel'), 320),
      el('div', { class: 'share-actions' }, [projector]),
    );
    output.querySelector('h2')?.scrollIntoView({ block: 'start' });
  });

  root.replaceChildren(
    el('div', { class: 'page page-trainer' }, [
      el('nav', { class: 'page-nav', 'aria-label': t('trainer.nav') }, [
        el('a', { class: 'btn btn-ghost', href: pageBase(), text: t('score.openGame') }),
        el('a', { class: 'btn', href: '#dashboard', text: t('trainer.dashboard') }),
      ]),
      el('div', { class: 'trainer-columns' }, [form, output]),
    ]),
  );
  root.querySelector<HTMLElement>('#trainer-h')?.focus();
}

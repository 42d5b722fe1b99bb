import './controls.css';
import type { GameState, Speed } from '../../store/gameStore';
import { el, setText } from '../kit/dom';
import { t, type MessageKey } from '../../present/i18n';
import type { Commands } from '../shell/commands';

function button(
  labelText: string,
  key: string,
  className: string,
  onClick: () => void,
  title?: MessageKey,
): HTMLButtonElement {
  const node = el(
    'button',
    {
      type: 'button',
      class: `btn ${className}`,
      'aria-keyshortcuts': key === 'Space' ? 'Space' : key,
      title: title ? t(title) : null,
    },
    [
      el('span', { class: 'btn-text', text: labelText }),
      el('kbd', { 'aria-hidden': 'true', text: key === 'Space' ? '␣' : key }),
    ],
  );
  node.addEventListener('click', onClick);
  return node;
}

const SPEEDS: Exclude<Speed, 0>[] = [1, 2, 4];

/** Time controls: play/pause, speeds, one day, finish the stage, and the books. */
export function createTimeBar(commands: Commands) {
  const play = button(t('time.play'), 'Space', 'btn-play', () => commands.togglePlay());
  const speedButtons = SPEEDS.map((speed) => {
    const b = button(t('time.speed', { n: speed }), String(speed), 'btn-speed', () =>
      commands.setSpeed(speed),
    );
    b.setAttribute('aria-label', t('time.speedLabel', { n: speed }));
    return { speed, button: b };
  });
  const next = button(t('time.nextDay'), 'N', 'btn-next', () => commands.nextDay());
  const finish = button(
    t('time.finish'),
    'F',
    'btn-finish',
    () => commands.finish(),
    'time.finishHint',
  );
  const books = button(t('time.books'), 'B', 'btn-books', () => commands.toggleBooks());
  const state = el('p', { class: 'time-state', 'aria-live': 'polite' });
  const shortcuts = el('p', { class: 'time-shortcuts hint', text: t('time.shortcuts') });
  const root = el('section', { class: 'timebar panel', 'aria-label': t('time.label') }, [
    el('div', { class: 'time-buttons' }, [
      play,
      ...speedButtons.map((s) => s.button),
      next,
      finish,
      books,
    ]),
    el('div', { class: 'time-foot' }, [state, shortcuts]),
  ]);

  function update(s: GameState): void {
    const canAct = commands.canAct();
    const playing = s.ui.speed !== 0;
    setText(
      play.querySelector('.btn-text') as HTMLElement,
      playing ? t('time.pause') : t('time.play'),
    );
    play.disabled = !playing && !canAct;
    for (const { speed, button: b } of speedButtons) {
      b.setAttribute('aria-pressed', String(s.ui.speed === speed));
      b.disabled = !canAct;
    }
    next.disabled = !canAct;
    finish.disabled = !canAct;
    books.setAttribute('aria-expanded', String(s.ui.openPanel === 'books'));
    setText(state, playing ? t('time.playing', { n: s.ui.speed }) : t('time.paused'));
  }

  return { root, update };
}

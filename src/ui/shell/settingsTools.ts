import { setReducedMotion, prefersReducedMotion } from '../../platform/motion';
import { writeSettings, type Language } from '../../platform/settings';
import type { Sound } from '../../platform/sound';
import { el } from '../kit/dom';
import { currentLanguage, t } from '../../present/i18n';

/** Each language names itself, so a player who cannot read the other one still finds theirs. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '简体中文' };

/**
 * The title's tools and the in-play menu show the same two settings: whichever changes one
 * tells the other to redraw, so they never disagree.
 */
const redraws = new Set<() => void>();
function changed(): void {
  for (const redraw of redraws) redraw();
}

function setMuted(storage: Storage | null, sound: Sound, muted: boolean): void {
  sound.setMuted(muted);
  // The click or key press that unmutes is itself the gesture that may start audio.
  sound.unlock();
  writeSettings(storage, { muted });
  changed();
}

function setMotion(storage: Storage | null, reduce: boolean): void {
  setReducedMotion(reduce);
  writeSettings(storage, { reducedMotion: reduce });
  changed();
}

/**
 * Language, sound and motion on the title. A new language reloads the page (the autosave keeps
 * the game), and drops any ?lang from the address, since the choice now lives in the settings.
 */
export function createSettingsTools(storage: Storage | null, sound: Sound): HTMLElement {
  const select = el('select', { id: 'setting-language', class: 'select' });
  for (const language of ['en', 'zh'] as const) {
    const option = el('option', { value: language, text: LANGUAGE_NAMES[language] });
    option.lang = language === 'zh' ? 'zh-CN' : 'en';
    option.selected = language === currentLanguage();
    select.append(option);
  }
  select.addEventListener('change', () => {
    const language = select.value === 'zh' ? 'zh' : 'en';
    writeSettings(storage, { language });
    const url = new URL(window.location.href);
    url.searchParams.set('lang', language === 'zh' ? 'zh-CN' : 'en');
    window.location.replace(url.href);
  });

  const soundButton = el('button', { type: 'button', class: 'btn' });
  soundButton.addEventListener('click', () => setMuted(storage, sound, !sound.muted()));

  const motion = el('input', { type: 'checkbox', id: 'setting-motion' });
  motion.addEventListener('change', () => setMotion(storage, motion.checked));

  const redraw = () => {
    soundButton.textContent = t(sound.muted() ? 'settings.soundOff' : 'settings.soundOn');
    soundButton.setAttribute('aria-pressed', String(!sound.muted()));
    motion.checked = prefersReducedMotion();
  };
  redraws.add(redraw);
  redraw();

  return el('div', { class: 'settings-tools', role: 'group', 'aria-label': t('settings.label') }, [
    el('label', { for: 'setting-language', text: t('settings.language') }),
    select,
    soundButton,
    el('label', { class: 'settings-check' }, [motion, t('settings.motion')]),
  ]);
}

/**
 * The same sound and motion switches during play: a "Settings" button in the shop's dashboard
 * that opens a small menu of two labelled checkboxes. Inside it Space toggles the focused box
 * instead of play/pause (data-keys="own", src/ui/shell/keyboard.ts). Escape, a second press or a
 * click elsewhere closes it; Escape gives focus back to the button.
 */
export function createSettingsMenu(storage: Storage | null, sound: Sound): HTMLElement {
  const panelId = 'play-settings-panel';
  const button = el(
    'button',
    {
      type: 'button',
      class: 'btn btn-ghost settings-menu-button',
      'aria-expanded': 'false',
      'aria-controls': panelId,
    },
    [
      el('span', { class: 'settings-menu-icon', 'aria-hidden': 'true', text: '⚙' }),
      el('span', { class: 'settings-menu-label', text: t('settings.label') }),
    ],
  );
  const mute = el('input', { type: 'checkbox', class: 'settings-mute' });
  mute.addEventListener('change', () => setMuted(storage, sound, mute.checked));
  const motion = el('input', { type: 'checkbox', class: 'settings-motion' });
  motion.addEventListener('change', () => setMotion(storage, motion.checked));
  const panel = el(
    'div',
    { id: panelId, class: 'settings-menu-panel', role: 'group', hidden: true },
    [
      el('label', { class: 'settings-check' }, [mute, t('settings.mute')]),
      el('label', { class: 'settings-check' }, [motion, t('settings.motion')]),
    ],
  );
  panel.setAttribute('aria-label', t('settings.label'));
  // Space toggles these checkboxes here, not play/pause (keyboard.ts).
  const root = el('div', { class: 'settings-menu', 'data-keys': 'own' }, [button, panel]);

  const redraw = () => {
    mute.checked = sound.muted();
    motion.checked = prefersReducedMotion();
  };
  redraws.add(redraw);
  redraw();

  const setOpen = (open: boolean, refocus = false) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) {
      redraw();
      mute.focus();
    } else if (refocus) button.focus();
  };
  button.addEventListener('click', () => setOpen(panel.hidden));
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || panel.hidden) return;
    // Handled here, so no dialog or panel behind also closes on the same key.
    event.stopPropagation();
    setOpen(false, true);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!panel.hidden && event.target instanceof Node && !root.contains(event.target)) {
      setOpen(false);
    }
  });
  root.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (!panel.hidden && next instanceof Node && !root.contains(next)) setOpen(false);
  });
  return root;
}

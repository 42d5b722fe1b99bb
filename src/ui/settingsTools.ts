import { setReducedMotion, prefersReducedMotion } from '../platform/motion';
import { writeSettings, type Language } from '../platform/settings';
import type { Sound } from '../platform/sound';
import { el } from './dom';
import { currentLanguage, t } from './i18n';

/** Each language names itself, so a player who cannot read the other one still finds theirs. */
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', zh: '简体中文' };

/**
 * Language, sound and motion. A new language reloads the page (the autosave keeps the game), and
 * drops any ?lang from the address, since the choice now lives in the settings.
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
  const showSound = () => {
    soundButton.textContent = t(sound.muted() ? 'settings.soundOff' : 'settings.soundOn');
    soundButton.setAttribute('aria-pressed', String(!sound.muted()));
  };
  soundButton.addEventListener('click', () => {
    sound.setMuted(!sound.muted());
    // The click itself is the gesture that may start audio.
    sound.unlock();
    writeSettings(storage, { muted: sound.muted() });
    showSound();
  });
  showSound();

  const motion = el('input', { type: 'checkbox', id: 'setting-motion' });
  motion.checked = prefersReducedMotion();
  motion.addEventListener('change', () => {
    setReducedMotion(motion.checked);
    writeSettings(storage, { reducedMotion: motion.checked });
  });

  return el('div', { class: 'settings-tools', role: 'group', 'aria-label': t('settings.label') }, [
    el('label', { for: 'setting-language', text: t('settings.language') }),
    select,
    soundButton,
    el('label', { class: 'settings-check' }, [motion, t('settings.motion')]),
  ]);
}

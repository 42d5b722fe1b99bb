import { LINK_MESSAGES, type LinkReason } from '../share';
import { isMessageKey, t } from './i18n';

/**
 * A link failure's sentence in the page's language, by its reason code: src/share keeps one
 * English table (LINK_MESSAGES, also used by the CLI); the catalogues carry it as `link.<code>`.
 */
export function linkMessage(reason: LinkReason): string {
  const key = `link.${reason}`;
  return isMessageKey(key) ? t(key) : LINK_MESSAGES[reason];
}

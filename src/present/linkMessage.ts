import { failureSentence, LINK_MESSAGES, type LinkFailure, type LinkReason } from '../share';
import { isMessageKey, t } from './i18n';

/**
 * A link failure's sentence in the page's language, by its reason code: src/share keeps one
 * English table (LINK_MESSAGES, also used by the CLI); the catalogues carry it as `link.<code>`.
 * A changed level also names the two level hashes, so a trainer can tell the copies apart.
 */
export function linkMessage(failure: LinkReason | Pick<LinkFailure, 'reason' | 'detail'>): string {
  const given = typeof failure === 'string' ? { reason: failure } : failure;
  return failureSentence(
    given,
    (reason) => {
      const key = `link.${reason}`;
      return isMessageKey(key) ? t(key) : LINK_MESSAGES[reason];
    },
    (link, here) => t('link.levelHashes', { link, here }),
  );
}

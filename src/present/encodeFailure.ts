import { MAX_LINK_CHARS, type EncodeResult } from '../share';
import { t } from './i18n';

/** Why a link could not be made, in the page's language; the codec's own message is for logs. */
export function encodeFailure(error: Extract<EncodeResult, { ok: false }>['error']): string {
  const reason =
    error === 'too_long'
      ? t('share.encode.too_long', { max: MAX_LINK_CHARS })
      : t('share.encode.invalid_run');
  return t('share.failed', { reason });
}

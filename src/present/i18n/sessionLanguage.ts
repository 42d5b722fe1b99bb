import { langParam } from '../../platform/settings';
import type { Level } from '../../sim';
import { loadLanguage } from './index';

/**
 * A trainer's session link may fix the class's language. It is read before the session gate is
 * built, so the whole session shows in it; an explicit ?lang in the address still wins.
 */
export async function adoptSessionLanguage(
  hash: string,
  search: string,
  levels: readonly Level[],
): Promise<void> {
  // Either form of a session link: `?s=` (what chat apps keep) or `#s=`.
  if (!/(^|[?&#])s=./.test(`${search}${hash}`) || langParam(search) !== null) return;
  const { decodeSessionLink } = await import('../../share');
  const decoded = decodeSessionLink(
    `${search}${hash}`,
    Object.fromEntries(levels.map((l) => [l.id, l])),
  );
  if (decoded.ok && decoded.session.language) await loadLanguage(decoded.session.language);
}

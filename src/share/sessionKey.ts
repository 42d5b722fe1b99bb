import { encodeSessionLink } from './link';
import type { LevelSet, SessionSpec } from './payload';

/**
 * A session's identity for its own save slot: the session link's payload as this build encodes
 * it. Every field of the session is in it (name, seed, levers, stages, language, level hashes,
 * rules version), so two sessions share a slot only when they are the same session, and a
 * re-typed or reordered fragment (`#s=…&lang=zh`) still finds the same game. Base64url only,
 * so it is safe inside a storage key. Null when the session cannot be encoded (never for a
 * session that was just decoded against the same levels).
 */
export function sessionKey(session: SessionSpec, levels: LevelSet): string | null {
  const { name, seed, levers, stages, language } = session;
  const encoded = encodeSessionLink({ name, seed, levers, stages, language }, levels);
  return encoded.ok ? encoded.payload : null;
}

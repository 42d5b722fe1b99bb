import { LinkEncodeError } from './actionCodec';
import { decodeBase64Url, encodeBase64Url, isBase64Url } from './base64url';
import { DecodeError } from './bytes';
import { openEnvelope, sealEnvelope, type LinkKind } from './envelope';
import { hasExtras } from './extras';
import {
  decodeBody,
  encodeResultBody,
  encodeSessionBody,
  type DecodedLink,
  type LevelSet,
  type ResultRun,
  type SessionSpec,
} from './payload';
import { linkFailure, type LinkFailure } from './reasons';

/** Checked before anything else is done with a text; no link the game makes comes near it. */
export const MAX_LINK_CHARS = 4000;
/** The encoder refuses longer payloads, leaving room for the page address in front of them. */
export const MAX_PAYLOAD_CHARS = 3500;

/** `#r=` for results, `#s=` for sessions: after the `#`, so no part of it is sent to a server. */
const FRAGMENT_KEYS: Record<LinkKind, string> = { result: 'r', session: 's' };

export type EncodeResult =
  | { ok: true; link: string; payload: string }
  | { ok: false; error: 'too_long' | 'invalid_run'; message: string };

export type DecodeResult = { ok: true; link: DecodedLink } | LinkFailure;
export type SessionLink = Extract<DecodedLink, { kind: 'session' }>;
export type SessionResult = { ok: true; session: SessionLink } | LinkFailure;

function seal(
  kind: LinkKind,
  makeBody: () => Uint8Array,
  base: string,
  extras = false,
): EncodeResult {
  let payload: string;
  try {
    payload = encodeBase64Url(sealEnvelope(kind, makeBody(), extras));
  } catch (error) {
    if (!(error instanceof LinkEncodeError)) throw error;
    return { ok: false, error: 'invalid_run', message: error.message };
  }
  // Whatever was in the base's own fragment would be replaced by ours anyway.
  const hash = base.indexOf('#');
  const link = `${hash < 0 ? base : base.slice(0, hash)}#${FRAGMENT_KEYS[kind]}=${payload}`;
  if (payload.length > MAX_PAYLOAD_CHARS || link.length > MAX_LINK_CHARS) {
    return {
      ok: false,
      error: 'too_long',
      message: `the link would be ${link.length} characters, more than the ${MAX_LINK_CHARS} a link may have`,
    };
  }
  return { ok: true, link, payload };
}

/**
 * The share link of a finished run. `levels` are the stage definitions as loaded (before levers);
 * `base` is the page address to put in front (location.origin + location.pathname in the game);
 * without it the result is the bare `#r=…` fragment.
 */
export function encodeResultLink(run: ResultRun, levels: LevelSet, base = ''): EncodeResult {
  const extras = hasExtras(
    run,
    run.stages.map((s) => s.stage),
  );
  return seal('result', () => encodeResultBody(run, levels), base, extras);
}

/** A trainer's session link (`#s=…`): seed, levers, stages and optional language, no decisions. */
export function encodeSessionLink(session: SessionSpec, levels: LevelSet, base = ''): EncodeResult {
  return seal('session', () => encodeSessionBody(session, levels), base);
}

/**
 * Finds the payload in a full URL, a fragment (`#r=…`, `r=…`) or a bare payload. The fragment
 * may hold other `&`-separated parameters; exactly one of r= and s= must be there.
 */
function extractPayload(text: string): { kind: LinkKind | null; payload: string } | LinkFailure {
  const hash = text.indexOf('#');
  const fragment = hash >= 0 ? text.slice(hash + 1) : /^[rs]=/.test(text) ? text : null;
  if (fragment === null) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return linkFailure('not_a_link');
    return isBase64Url(text)
      ? { kind: null, payload: text }
      : linkFailure(/\s/.test(text) ? 'not_a_link' : 'bad_characters');
  }
  const found = fragment
    .split('&')
    .map((part) => /^([rs])=(.*)$/s.exec(part))
    .filter((match) => match !== null);
  const [first] = found;
  if (found.length !== 1 || first === undefined) return linkFailure('not_a_link');
  const payload = first[2] ?? '';
  if (!isBase64Url(payload)) return linkFailure('bad_characters');
  return { kind: first[1] === 's' ? 'session' : 'result', payload };
}

/**
 * Reads a link completely or not at all: size cap, payload, base64url, envelope (format version,
 * completeness, CRC, rules version, capped inflate), body (every read bounds-checked), level
 * hashes against `levels`, action fields against their specs and the level's ids. It does not
 * replay; verifyResultLink does. Never throws.
 */
export function decodeLink(text: unknown, levels: LevelSet): DecodeResult {
  if (typeof text !== 'string') return linkFailure('not_a_link');
  if (text.length > MAX_LINK_CHARS) return linkFailure('too_long');
  const trimmed = text.trim();
  if (trimmed === '') return linkFailure('empty');
  const extracted = extractPayload(trimmed);
  if ('ok' in extracted) return extracted;
  if (extracted.payload === '') return linkFailure('empty');
  try {
    const { bytes, exact } = decodeBase64Url(extracted.payload);
    const envelope = openEnvelope(bytes, exact);
    // The letter after # and the kind inside must agree, or the link was pieced together.
    if (extracted.kind !== null && extracted.kind !== envelope.kind) {
      return linkFailure('damaged');
    }
    return {
      ok: true,
      link: decodeBody(
        envelope.kind,
        envelope.rulesVersion,
        envelope.body,
        levels,
        envelope.extras,
      ),
    };
  } catch (error) {
    if (!(error instanceof DecodeError)) return linkFailure('internal');
    // A bare word is not known to be a link at all, so an unknown first byte says just that.
    if (error.reason === 'format_version' && extracted.kind === null) {
      return linkFailure('not_a_link');
    }
    return linkFailure(error.reason, error.detail);
  }
}

/** decodeLink for the trainer page: only a session link is accepted. Never throws. */
export function decodeSessionLink(text: unknown, levels: LevelSet): SessionResult {
  const decoded = decodeLink(text, levels);
  if (!decoded.ok) return decoded;
  if (decoded.link.kind !== 'session') return linkFailure('not_a_session');
  return { ok: true, session: decoded.link };
}

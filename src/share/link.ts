import { LinkEncodeError } from './actionCodec';
import { decodeBase64Url, encodeBase64Url, isBase64Url } from './base64url';
import { looksLikeCode, readCode } from './code';
import { DecodeError } from './bytes';
import { openEnvelope, sealEnvelope, type LinkFormat, type LinkKind } from './envelope';
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
import { ANONYMOUS } from './names';
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

/**
 * `fragment`: `…#r=…`, never sent to a server. `query`: `…?r=…`, the form to share, because
 * WeChat's "copy link" drops the fragment (the payload is just as opaque either way, and the
 * static host ignores the query).
 */
export type LinkForm = 'fragment' | 'query';

function seal(
  kind: LinkKind,
  makeBody: () => Uint8Array,
  base: string,
  form: LinkForm,
  extras = false,
): EncodeResult {
  let payload: string;
  try {
    payload = encodeBase64Url(sealEnvelope(kind, makeBody(), { extras }));
  } catch (error) {
    if (!(error instanceof LinkEncodeError)) throw error;
    return { ok: false, error: 'invalid_run', message: error.message };
  }
  // Whatever was in the base's own fragment (and, for the query form, its query) is dropped, so
  // the link carries exactly one r= or s=.
  const hash = base.indexOf('#');
  const page = hash < 0 ? base : base.slice(0, hash);
  const question = page.indexOf('?');
  const link =
    form === 'query'
      ? `${question < 0 ? page : page.slice(0, question)}?${FRAGMENT_KEYS[kind]}=${payload}`
      : `${page}#${FRAGMENT_KEYS[kind]}=${payload}`;
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
export function encodeResultLink(
  run: ResultRun,
  levels: LevelSet,
  base = '',
  form: LinkForm = 'fragment',
): EncodeResult {
  const extras = hasExtras(
    run,
    run.stages.map((s) => s.stage),
  );
  return seal('result', () => encodeResultBody(run, levels), base, form, extras);
}

/** A trainer's session link (`#s=…`): seed, levers, stages and optional language, no decisions. */
export function encodeSessionLink(
  session: SessionSpec,
  levels: LevelSet,
  base = '',
  form: LinkForm = 'fragment',
): EncodeResult {
  return seal('session', () => encodeSessionBody(session, levels), base, form);
}

/** The parameters a link may stand in: `r=`/`s=` among others such as a chat app's `shareTo`. */
const LINK_PARAM = /^([rs])=(.*)$/s;

/**
 * Finds the payload in a full URL, a fragment (`#r=…`, `r=…`), a query (`?r=…`) or a bare
 * payload. Chat apps add parameters of their own around it (`&shareTo=weixin`, `?nsukey=…`,
 * `from`, `isappinstalled`) and some drop the fragment, so both the query and the fragment are
 * searched and anything else is ignored; exactly one r= or s= must be found.
 */
function extractPayload(
  text: string,
  hadWhitespace: boolean,
): { kind: LinkKind | null; payload: string } | LinkFailure {
  const hash = text.indexOf('#');
  const beforeHash = hash < 0 ? text : text.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const parts: string[] = [];
  if (question >= 0) parts.push(...beforeHash.slice(question + 1).split('&'));
  if (hash >= 0) parts.push(...text.slice(hash + 1).split('&'));
  if (hash < 0 && question < 0) {
    if (LINK_PARAM.test(text)) parts.push(...text.split('&'));
    else if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return linkFailure('not_a_link');
    else {
      // Words with spaces between them are prose, not a link with a changed character.
      if (isBase64Url(text)) return { kind: null, payload: text };
      return linkFailure(hadWhitespace ? 'not_a_link' : 'bad_characters');
    }
  }
  const found = parts.map((part) => LINK_PARAM.exec(part)).filter((match) => match !== null);
  const [first, ...others] = found;
  if (first === undefined || others.length > 0) return linkFailure('not_a_link');
  const payload = first[2] ?? '';
  if (!isBase64Url(payload)) return linkFailure('bad_characters');
  return { kind: first[1] === 's' ? 'session' : 'result', payload };
}

/** E-mail and chat apps wrap long links with line breaks and spaces; a link never has any. */
const WHITESPACE = /\s+/g;

/**
 * Accepts only the bytes our encoder writes for what was decoded: a second spelling of the same
 * run (a raw body where the encoder deflates, a padded varint, a name the encoder would have
 * cleaned, another deflate stream) would let one run count as several links.
 */
function isCanonical(
  link: DecodedLink,
  bytes: Uint8Array,
  levels: LevelSet,
  extras: boolean,
  format: LinkFormat,
): boolean {
  let again: Uint8Array;
  try {
    const body =
      link.kind === 'result'
        ? encodeResultBody(link, levels, format)
        : encodeSessionBody(link, levels);
    again = sealEnvelope(link.kind, body, { extras, rulesVersion: link.rulesVersion, format });
  } catch (error) {
    if (error instanceof LinkEncodeError) return false;
    throw error;
  }
  return again.length === bytes.length && again.every((byte, i) => byte === bytes[i]);
}

/**
 * Reads a link completely or not at all: size cap, payload, base64url, envelope (format version,
 * completeness, CRC, rules version, capped inflate), body (every read bounds-checked), level
 * hashes against `levels`, action fields against their specs and the level's ids, and the
 * canonical spelling. It does not replay; verifyResultLink does. Never throws.
 */
export function decodeLink(text: unknown, levels: LevelSet): DecodeResult {
  if (typeof text !== 'string') return linkFailure('not_a_link');
  // Wrapping adds a few characters per line; far more whitespace than that is not a wrapped link.
  if (text.length > 2 * MAX_LINK_CHARS) return linkFailure('too_long');
  // A code stands for the link it was made from; its checksum is checked before anything else.
  let linkText = text;
  if (looksLikeCode(text)) {
    const read = readCode(text);
    if (!read.ok) return linkFailure(read.reason);
    linkText = read.link;
  }
  const compact = linkText.replace(WHITESPACE, '');
  if (compact.length > MAX_LINK_CHARS) return linkFailure('too_long');
  if (compact === '') return linkFailure('empty');
  const extracted = extractPayload(compact, compact.length !== linkText.trim().length);
  if ('ok' in extracted) return extracted;
  if (extracted.payload === '') return linkFailure('empty');
  try {
    const { bytes, exact } = decodeBase64Url(extracted.payload);
    const envelope = openEnvelope(bytes, exact);
    // The letter after # and the kind inside must agree, or the link was pieced together.
    if (extracted.kind !== null && extracted.kind !== envelope.kind) {
      return linkFailure('damaged');
    }
    const link = decodeBody(
      envelope.kind,
      envelope.rulesVersion,
      envelope.body,
      levels,
      envelope.extras,
      envelope.format,
    );
    if (!isCanonical(link, bytes, levels, envelope.extras, envelope.format))
      return linkFailure('damaged');
    if (link.kind === 'result' && link.name === '') link.name = ANONYMOUS;
    return { ok: true, link };
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

import { bech32m } from '@scure/base';
import { decodeBase64Url, encodeBase64Url, isBase64Url } from './base64url';
import { ByteReader } from './bytes';
import { crc32 } from './crc32';
import type { LinkReason } from './reasons';

/**
 * A link's short code (FORMAT.md, "Codes"): what a person can paste, or read out, when a chat app
 * broke the link. `FS-R-QYPQ-87SL-…`: no page address, a letter for the kind, the link's bytes
 * without their CRC-32 in bech32m groups of four, and bech32m's checksum in place of the CRC, so
 * a mistyped character is caught (any four wrong characters in a session code for certain) and
 * no two characters a person confuses (1/l, 0/o, b, i) are both in the alphabet.
 */
export const CODE_KINDS = ['result', 'session', 'class', 'brief', 'handIn'] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

/** The letter after `FS-`, and the key of the link the code stands for. */
const LETTERS: Record<CodeKind, string> = {
  result: 'R',
  session: 'S',
  class: 'C',
  brief: 'B',
  handIn: 'H',
};
export const LINK_KEYS: Record<CodeKind, string> = {
  result: 'r',
  session: 's',
  class: 'c',
  brief: 'n',
  handIn: 'h',
};

const PREFIX = 'FS';
/** Dashes a keyboard, a phone or a chat app may put where the code had a hyphen. */
const DASHES = /[\u2010-\u2015\u2212\u30fc\uff0d-]/g;
const SPACES = /\s+/g;
const GROUP = 4;
/** bech32m's own checksum, in characters. */
const CHECKSUM_CHARS = 6;
/** Far beyond the longest link's code (3,500 payload characters), hyphens included. */
export const MAX_CODE_CHARS = 6000;
const CRC_BYTES = 4;

const kindOfLetter = (letter: string): CodeKind | undefined =>
  CODE_KINDS.find((kind) => LETTERS[kind] === letter);
const kindOfKey = (key: string): CodeKind | undefined =>
  CODE_KINDS.find((kind) => LINK_KEYS[kind] === key);

/** The one link parameter a game link carries: `r=`, `s=`, `c=`, `n=` or `h=`, after # ? or &. */
const PARAM = /(?:^|[#?&])([rscnh])=([A-Za-z0-9_-]+)(?=&|#|$)/;

/** The kind and payload of the game link in a text (a whole address, a query, a fragment). */
export function linkParam(text: string): { kind: CodeKind; payload: string } | null {
  if (text.length > 2 * MAX_CODE_CHARS) return null;
  const match = PARAM.exec(text.replace(SPACES, ''));
  const kind = kindOfKey(match?.[1] ?? '');
  if (kind === undefined) return null;
  return { kind, payload: match?.[2] ?? '' };
}

/**
 * The code of a link the game made, or null for text that is not one (a link whose CRC does not
 * hold has no code: a code must never make a broken link look whole).
 */
export function codeOfLink(link: string): string | null {
  if (link.length > 2 * MAX_CODE_CHARS) return null;
  const match = PARAM.exec(link);
  const kind = kindOfKey(match?.[1] ?? '');
  const payload = match?.[2] ?? '';
  if (kind === undefined || !isBase64Url(payload)) return null;
  const { bytes, exact } = decodeBase64Url(payload);
  if (!exact || bytes.length <= CRC_BYTES) return null;
  const end = bytes.length - CRC_BYTES;
  if (new ByteReader(bytes, end).u32() !== crc32(bytes, end)) return null;
  const text = bech32m.encode(
    `${PREFIX}${LETTERS[kind]}`,
    bech32m.toWords(bytes.subarray(0, end)),
    false,
  );
  const data = text.slice(PREFIX.length + 2).toUpperCase();
  const groups: string[] = [];
  for (let i = 0; i < data.length; i += GROUP) groups.push(data.slice(i, i + GROUP));
  return `${PREFIX}-${LETTERS[kind]}-${groups.join('-')}`;
}

/** Why a code was not read: the link reasons a code can have before its link is looked at. */
export type CodeReason = Extract<LinkReason, 'code_characters' | 'code_mistyped' | 'too_long'>;

export type CodeRead =
  | { ok: true; kind: CodeKind; key: string; payload: string; link: string }
  | { ok: false; reason: CodeReason };

/**
 * Whether a text is meant as a code: it starts with `FS`, a dash, one letter and a dash (or spaces
 * for the dashes), in any case, full-width forms included. A text that is not is left to the link decoders.
 */
export function looksLikeCode(text: string): boolean {
  // Spaces stand for hyphens here: someone reading a code out may type "FS R QYPQ …".
  const head = text.trim().slice(0, 24).normalize('NFKC').replace(DASHES, '-');
  return /^fs[\s-]+[a-z][\s-]+[a-z0-9]/i.test(head);
}

/**
 * Reads a code as typed or pasted: any case, spaces and line breaks anywhere, any kind of dash,
 * full-width characters. Gives the link it stands for (`#r=…`, with its CRC-32 restored), which
 * the link decoders then check as they check any link. Never throws.
 */
export function readCode(text: string): CodeRead {
  if (text.length > 2 * MAX_CODE_CHARS) return { ok: false, reason: 'too_long' };
  const compact = text.normalize('NFKC').replace(SPACES, '').replace(DASHES, '-').toUpperCase();
  if (compact.length > MAX_CODE_CHARS) return { ok: false, reason: 'too_long' };
  const match = /^FS-?([A-Z0-9])-?(.*)$/s.exec(compact);
  if (match === null) return { ok: false, reason: 'code_mistyped' };
  const kind = kindOfLetter(match[1] ?? '');
  // An unknown letter is a typo as much as any other: the checksum covers the letter too.
  if (kind === undefined) return { ok: false, reason: 'code_mistyped' };
  const data = (match[2] ?? '').replace(/-/g, '').toLowerCase();
  if (!/^[qpzry9x8gf2tvdw0s3jn54khce6mua7l]*$/.test(data)) {
    return { ok: false, reason: 'code_characters' };
  }
  if (data.length <= CHECKSUM_CHARS) return { ok: false, reason: 'code_mistyped' };
  let bytes: Uint8Array;
  try {
    const decoded = bech32m.decode(
      `${PREFIX.toLowerCase()}${LETTERS[kind].toLowerCase()}1${data}`,
      false,
    );
    bytes = bech32m.fromWords(decoded.words);
  } catch {
    return { ok: false, reason: 'code_mistyped' };
  }
  const whole = new Uint8Array(bytes.length + CRC_BYTES);
  whole.set(bytes);
  const crc = crc32(bytes);
  whole.set([crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff], bytes.length);
  const payload = encodeBase64Url(whole);
  const key = LINK_KEYS[kind];
  return { ok: true, kind, key, payload, link: `#${key}=${payload}` };
}

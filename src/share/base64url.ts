/**
 * base64url without padding (RFC 4648 §5), written out because btoa/atob work on binary strings
 * and Buffer does not exist in the browser. Decoding is strict: one spelling per byte string.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

export function isBase64Url(text: string): boolean {
  return /^[A-Za-z0-9_-]*$/.test(text);
}

export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const chunk = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let j = 0; j < chars; j++) out += ALPHABET[(chunk >>> (18 - 6 * j)) & 63];
  }
  return out;
}

export interface Base64Decoded {
  bytes: Uint8Array;
  /**
   * False when the text cannot be an encoder's output: a lone final character (length % 4 === 1)
   * or non-zero unused bits in the last character. Such a text is still decoded as far as it goes,
   * so the caller can tell a cut-off link (too few bytes) from an altered one.
   */
  exact: boolean;
}

/** Call only on text that passed isBase64Url. */
export function decodeBase64Url(text: string): Base64Decoded {
  const usable = text.length % 4 === 1 ? text.length - 1 : text.length;
  const bytes = new Uint8Array(Math.floor((usable * 6) / 8));
  let acc = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < usable; i++) {
    acc = ((acc << 6) | (VALUES[text.charCodeAt(i)] ?? 0)) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (acc >>> bits) & 0xff;
    }
  }
  const leftover = acc & ((1 << bits) - 1);
  return { bytes, exact: usable === text.length && leftover === 0 };
}

/**
 * Finds links in pasted text or a handed-in file: a spreadsheet column, a chat log, an e-mail
 * that wrapped a long link over several lines. Shared by the dashboard and `npm run verify`.
 *
 * The text is untrusted and may be megabytes of one character, so nothing here runs a regular
 * expression over it: lines are cut to MAX_PASTED_LINE_CHARS first and then walked character by
 * character, which keeps the whole scan linear in the size of the input.
 */
import { MAX_CODE_CHARS, readCode } from './code';
import { expectedPayloadChars } from './envelope';
import { MAX_LINK_CHARS } from './link';

/** No link the game makes comes near this, even wrapped and quoted inside a CSV row. */
export const MAX_PASTED_LINE_CHARS = 2 * MAX_LINK_CHARS;

export interface PastedLink {
  /** 1-based line where the link starts, for the bad-lines list. */
  line: number;
  /** `#r=…` / `#s=…`, or the bare payload; the rest of the line is dropped. */
  text: string;
}

export interface PastedLine extends PastedLink {
  /** False for a non-blank line with no link in it; its text is the line, cut for display. */
  isLink: boolean;
}

/** What a line without a link keeps, so the dashboard can show which line it was. */
const SHOWN_LINE_CHARS = 200;
/** A line that is nothing but a payload: long enough not to be a word. */
const MIN_BARE_CHARS = 16;

function isPayloadCode(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) || // A-Z
    (code >= 0x61 && code <= 0x7a) || // a-z
    (code >= 0x30 && code <= 0x39) || // 0-9
    code === 0x2d || // -
    code === 0x5f // _
  );
}

// ASCII characters that end a token: whitespace and controls, quotes, cell separators, brackets.
const SEPARATORS = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code <= 0x20; code++) table[code] = 1;
  table[0x7f] = 1;
  for (const c of '"\',;<>()[]{}`') table[c.charCodeAt(0)] = 1;
  return table;
})();

/** Separators end a token; anything outside ASCII also ends a link (but not a token). */
function isSeparatorCode(code: number): boolean {
  return code >= 0x7f || SEPARATORS[code] === 1;
}

/** Sentence punctuation after a link in prose is not part of it (base64url has none). */
function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a; // . ! ? :
}

/** A run of text between separators, by position: sliced only when it may be part of a link. */
interface Token {
  start: number;
  end: number;
  line: number;
  /** Nothing but base64url characters: a bare payload or a wrapped link's continuation. */
  payloadOnly: boolean;
  /** Has an `=`, so it may hold `r=` / `s=`. */
  hasEquals: boolean;
  /** Where a code starts in it (at its start or right after a non-ASCII character), or -1. */
  codeAt: number;
}

/** `FS-R-…` in any case: a code (src/share/code.ts) starts here, however short its first piece. */
function startsCode(text: string, start: number, end: number): boolean {
  if (end - start < 5) return false;
  const f = text.charCodeAt(start) | 0x20;
  const s = text.charCodeAt(start + 1) | 0x20;
  const letter = text.charCodeAt(start + 3);
  return (
    f === 0x66 && // f
    s === 0x73 && // s
    text[start + 2] === '-' &&
    ((letter >= 0x41 && letter <= 0x5a) || (letter >= 0x61 && letter <= 0x7a)) &&
    text[start + 4] === '-'
  );
}

/**
 * Where a code starts in a token: at its start, or right after a non-ASCII character (Chinese
 * prose runs into a code without a space: 成绩码FS-R-…). One pass over the token.
 */
function codeStartIn(text: string, start: number, end: number): number {
  for (let i = start; i + 5 <= end; i++) {
    if ((i === start || text.charCodeAt(i - 1) >= 0x80) && startsCode(text, i, end)) return i;
  }
  return -1;
}

/** The code characters of a piece: up to the first non-ASCII character, sentence end dropped. */
function codePiece(text: string, start: number, end: number): string {
  let stop = start;
  while (stop < end && text.charCodeAt(stop) < 0x80) stop++;
  while (stop > start && isTrailingPunctuation(text.charCodeAt(stop - 1))) stop--;
  return text.slice(start, stop);
}

/** Pieces a code wrapped over lines may take at most: an e-mail line holds a dozen groups. */
const MAX_CODE_PIECES = 64;

/**
 * A code and the pieces after it that make its checksum hold: a code wrapped by an e-mail client
 * or typed with spaces arrives in pieces. A code that never checks out is given as its first
 * piece, so the verifier says it is mistyped; one that does is given as the link it stands for.
 */
function joinCode(text: string, tokens: readonly Token[], first: number): [string, number] {
  const head = tokens[first];
  if (head === undefined) return ['', first + 1];
  const alone = codePiece(text, Math.max(head.start, head.codeAt), head.end);
  let joined = alone;
  // Prose after the code on its line ends it: nothing after a non-ASCII character continues it.
  const cut = alone.length < head.end - Math.max(head.start, head.codeAt) - 1;
  for (let next = first + 1; ; next++) {
    const read = readCode(joined);
    if (read.ok) return [read.link, next];
    const token = tokens[next];
    if (
      cut ||
      next - first >= MAX_CODE_PIECES ||
      token === undefined ||
      !token.payloadOnly ||
      token.codeAt >= 0 ||
      !adjacent(text, tokens[next - 1], token) ||
      joined.length + token.end - token.start > MAX_CODE_CHARS
    ) {
      return [alone, first + 1];
    }
    joined += text.slice(token.start, token.end);
  }
}

/** `#r`, `?s`, `&r` …: a link wrapped between its key and its `=`. */
function endsInKey(text: string, end: number): boolean {
  const key = text[end - 1];
  const before = text[end - 2];
  return (key === 'r' || key === 's') && (before === '#' || before === '?' || before === '&');
}

interface Scanned {
  tokens: Token[];
  /** Non-blank lines only, in order: a file of empty lines costs no memory. */
  textLines: { line: number; text: string }[];
}

/**
 * The text's tokens (runs between separators) in one pass over its characters. Characters past
 * MAX_PASTED_LINE_CHARS in a line are skipped unread; stops after `maxTextLines` non-blank lines.
 */
function tokenize(text: string, maxTextLines: number, keepLines: boolean): Scanned {
  const tokens: Token[] = [];
  const textLines: Scanned['textLines'] = [];
  const n = text.length;
  let line = 1;
  let lineStart = 0;
  let lineHasText = false;
  let tokenStart = -1;
  let payloadOnly = true;
  let hasEquals = false;
  let textLineCount = 0;
  // Whether the last token kept could start or continue a link, with nothing dropped since.
  let chainOpen = false;
  const endToken = (end: number) => {
    if (tokenStart < 0) return;
    // Only a token with an = or a long run of payload can start a link; a short run of payload
    // matters only right after one, as the next piece of a wrapped link.
    const codeAt = codeStartIn(text, tokenStart, end);
    const starts =
      hasEquals ||
      (payloadOnly && end - tokenStart >= MIN_BARE_CHARS) ||
      endsInKey(text, end) ||
      codeAt >= 0;
    if (starts || (payloadOnly && chainOpen)) {
      tokens.push({ start: tokenStart, end, line, payloadOnly, hasEquals, codeAt });
      chainOpen = true;
    } else chainOpen = false;
    tokenStart = -1;
  };
  // The next \r, searched again only once passed, so that a text without one is not searched to
  // its end once per over-long line.
  let nextCr = -1;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x0a;
    const lineEnds = code === 0x0a || code === 0x0d;
    if (lineEnds || (code < 0x80 && SEPARATORS[code] === 1)) endToken(i);
    else {
      if (tokenStart < 0) {
        tokenStart = i;
        payloadOnly = true;
        hasEquals = false;
      }
      if (code === 0x3d) hasEquals = true;
      if (payloadOnly && !isPayloadCode(code)) payloadOnly = false;
    }
    if (code > 0x20) lineHasText = true;
    if (!lineEnds && i - lineStart + 1 >= MAX_PASTED_LINE_CHARS) {
      // The rest of an over-long line is skipped: find where the line ends without reading it.
      endToken(i + 1);
      if (nextCr !== n && nextCr <= i) nextCr = text.indexOf('\r', i);
      if (nextCr < 0) nextCr = n;
      const nextLf = text.indexOf('\n', i);
      i = Math.min(nextLf < 0 ? n : nextLf, nextCr) - 1;
      continue;
    }
    if (!lineEnds) continue;
    if (lineHasText) {
      textLineCount++;
      if (keepLines) {
        const end = Math.min(i, lineStart + MAX_PASTED_LINE_CHARS);
        textLines.push({ line, text: text.slice(lineStart, end) });
      }
      if (textLineCount >= maxTextLines) break;
    }
    // \r\n is one break.
    if (code === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i++;
    line++;
    lineStart = i + 1;
    lineHasText = false;
  }
  return { tokens, textLines };
}

/** Where the payload of `r=`/`s=` starts in a token, and its letter; null for no link. */
function findMarker(token: string): { kind: 'r' | 's'; at: number } | null {
  for (let i = 0; i + 1 < token.length; i++) {
    const letter = token[i];
    if ((letter !== 'r' && letter !== 's') || token[i + 1] !== '=') continue;
    const before = i === 0 ? '' : token[i - 1];
    if (before === '' || before === '#' || before === '?' || before === '&') {
      return { kind: letter, at: i + 2 };
    }
  }
  return null;
}

/** The payload from `at` to the first `&`, `#` or non-link character, punctuation trimmed. */
function payloadAt(token: string, at: number): string {
  let end = at;
  while (end < token.length) {
    const code = token.charCodeAt(end);
    if (code === 0x26 || code === 0x23 || isSeparatorCode(code)) break;
    end++;
  }
  while (end > at && isTrailingPunctuation(token.charCodeAt(end - 1))) end--;
  return token.slice(at, end);
}

/**
 * While the header says the link is longer than what was read, the next tokens that are nothing
 * but payload characters are its continuation: how a link wrapped by an e-mail client arrives.
 * A complete link never takes the next one, so one bare payload per line still reads as many.
 */
function rejoin(
  text: string,
  payload: string,
  tokens: readonly Token[],
  next: number,
): [string, number] {
  let joined = payload;
  let index = next;
  for (;;) {
    const expected = expectedPayloadChars(joined);
    if (expected === null || (expected !== 'more' && joined.length >= expected)) break;
    const token = tokens[index];
    // Only the token right after it may continue it: tokens that cannot be links were dropped,
    // so a gap in positions means something else stood in between.
    if (token === undefined || !token.payloadOnly || !adjacent(text, tokens[index - 1], token)) {
      break;
    }
    if (joined.length + token.end - token.start > MAX_LINK_CHARS) break;
    joined += text.slice(token.start, token.end);
    index++;
  }
  return [joined, index];
}

/** Only separators (no dropped token) lie between the two tokens. */
function adjacent(text: string, before: Token | undefined, after: Token): boolean {
  if (before === undefined) return false;
  for (let i = before.end; i < after.start; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || SEPARATORS[code] !== 1) return false;
  }
  return true;
}

/**
 * Every line of the text in order: each link found (a wrapped one once, at its first line), and,
 * when `keepOthers` is set, each non-blank line without a link. Stops after `maxResults`.
 */
export function scanPastedText(
  text: string,
  maxResults: number,
  keepOthers: boolean,
): PastedLine[] {
  // Each non-blank line gives a result when others are kept, so the scan can stop early; the
  // slack leaves room for the continuation lines of wrapped links.
  const maxTextLines = keepOthers ? 2 * maxResults + 100 : Number.MAX_SAFE_INTEGER;
  const { tokens, textLines } = tokenize(text, maxTextLines, keepOthers);
  const lineHasLink = new Set<number>();
  const links: PastedLine[] = [];
  for (let i = 0; i < tokens.length && links.length < maxResults; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.codeAt >= 0) {
      const [code, next] = joinCode(text, tokens, i);
      for (let j = i; j < next; j++) lineHasLink.add(tokens[j]?.line ?? 0);
      i = next - 1;
      links.push({ line: token.line, text: code, isLink: true });
      continue;
    }
    const length = token.end - token.start;
    const bare = token.payloadOnly && length >= MIN_BARE_CHARS && length <= MAX_LINK_CHARS;
    if (!token.hasEquals && !bare && !endsInKey(text, token.end)) continue;
    let tokenText = text.slice(token.start, token.end);
    let first = i;
    const following = tokens[i + 1];
    if (
      endsInKey(text, token.end) &&
      following !== undefined &&
      text[following.start] === '=' &&
      adjacent(text, token, following)
    ) {
      tokenText = text.slice(token.start, token.end) + text.slice(following.start, following.end);
      first = i + 1;
    }
    const marker = findMarker(tokenText);
    let payload: string;
    let prefix: string;
    if (marker !== null) {
      payload = payloadAt(tokenText, marker.at);
      prefix = `#${marker.kind}=`;
    } else if (bare) {
      payload = tokenText;
      prefix = '';
    } else continue;
    const [joined, next] = rejoin(text, payload, tokens, first + 1);
    for (let j = i; j < next; j++) lineHasLink.add(tokens[j]?.line ?? 0);
    i = next - 1;
    links.push({ line: token.line, text: `${prefix}${joined}`, isLink: true });
  }
  if (!keepOthers) return links;
  // Links and link-less lines merged in line order; a wrapped link sits at its first line.
  const others: PastedLine[] = textLines
    .filter(({ line }) => !lineHasLink.has(line))
    .map(({ line, text: shown }) => ({
      line,
      text: shown.trim().slice(0, SHOWN_LINE_CHARS),
      isLink: false,
    }));
  const out: PastedLine[] = [];
  let l = 0;
  let o = 0;
  while (out.length < maxResults && (l < links.length || o < others.length)) {
    const link = links[l];
    const other = others[o];
    if (link !== undefined && (other === undefined || link.line <= other.line)) {
      out.push(link);
      l++;
    } else if (other !== undefined) {
      out.push(other);
      o++;
    }
  }
  return out;
}

/** The links alone, in order, as `npm run verify --file` checks them. */
export function findPastedLinks(text: string, maxResults: number): PastedLink[] {
  return scanPastedText(text, maxResults, false).map(({ line, text: link }) => ({
    line,
    text: link,
  }));
}

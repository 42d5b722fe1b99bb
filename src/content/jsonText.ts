/**
 * Strict JSON for a trainer's own level files, with errors a person can act on: where (line and
 * column), what (in plain words), and duplicate keys refused with their JSON path. JSON.parse
 * silently keeps the last of two equal keys and names no position; jsonc-parser scans the text
 * with positions and in strict mode (no comments, no trailing commas).
 */
import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser';
import { childPath, type LevelError } from './errors';

export type JsonResult = { ok: true; value: unknown } | { ok: false; errors: LevelError[] };

const PLAIN: Readonly<Record<ReturnType<typeof printParseErrorCode>, string>> = {
  InvalidSymbol: 'a character that JSON does not allow here',
  InvalidNumberFormat: 'a number written in a way JSON does not allow',
  PropertyNameExpected: 'a key in double quotes was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon after the key was expected',
  CommaExpected: 'a comma between two entries was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the file should end here',
  InvalidCommentToken: 'comments are not allowed in a level file; remove them',
  UnexpectedEndOfComment: 'a comment is not closed (and comments are not allowed)',
  UnexpectedEndOfString: 'a text in quotes is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a \\u escape is not four hex digits',
  InvalidEscapeCharacter: 'a backslash escape that JSON does not know',
  InvalidCharacter: 'a control character inside quotes (write it as an escape)',
  '<unknown ParseErrorCode>': 'the text is not valid JSON',
};

const at = (line: number, column: number) => `line ${line + 1}, column ${column + 1}`;

function pathText(path: JSONPath): string {
  return path.reduce<string>((base, key) => childPath(base, key), '$');
}

/** The last character before `offset` that is not whitespace. */
function previousSignificant(text: string, offset: number): string {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i] ?? '';
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return c;
  }
  return '';
}

/** A trailing comma shows up as "key/value expected" right at a closing bracket. */
function describe(text: string, code: number, offset: number): string {
  const name = printParseErrorCode(code);
  const closing = text[offset];
  if (
    (name === 'PropertyNameExpected' || name === 'ValueExpected') &&
    (closing === '}' || closing === ']') &&
    previousSignificant(text, offset) === ','
  ) {
    return `a comma before the closing ${closing} is not allowed in JSON; remove it`;
  }
  // A comment that the scanner read as symbols: say what it is.
  if (name === 'InvalidSymbol' && text.startsWith('/', offset)) return PLAIN.InvalidCommentToken;
  return PLAIN[name];
}

/**
 * Parses `text` as strict JSON. Errors carry the path `$` and a message "line L, column C: …";
 * a duplicated key carries its own JSON path. At most `maxErrors` are reported.
 */
export function parseStrictJson(text: string, maxErrors = 10): JsonResult {
  const errors: LevelError[] = [];
  const keys: Set<string>[] = [];
  let syntaxError = false;
  visit(
    text,
    {
      onObjectBegin: () => {
        keys.push(new Set());
      },
      onObjectEnd: () => {
        keys.pop();
      },
      onObjectProperty: (property, _offset, _length, line, column, pathSupplier) => {
        const seen = keys[keys.length - 1];
        if (seen === undefined) return;
        if (seen.has(property) && errors.length < maxErrors) {
          errors.push({
            path: childPath(pathText(pathSupplier()), property),
            message: `${at(line, column)}: the key "${property.slice(0, 40)}" appears twice in the same object; keep one`,
          });
        }
        seen.add(property);
      },
      onError: (code, offset, _length, line, column) => {
        // After the first syntax error the parser's guesses are noise: one sentence is enough.
        if (!syntaxError && errors.length < maxErrors) {
          syntaxError = true;
          errors.push({
            path: '$',
            message: `${at(line, column)}: ${describe(text, code, offset)}`,
          });
        }
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (errors.length > 0) return { ok: false, errors };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // The scanner accepted what JSON.parse refused: say so rather than guess a position.
    return { ok: false, errors: [{ path: '$', message: 'The file is not valid JSON' }] };
  }
}

/**
 * A level file's bytes as text: a UTF-8 byte-order mark is dropped (Windows editors write one);
 * UTF-16 and text that is not UTF-8 are refused in plain words, with where the problem starts.
 */
export function decodeLevelBytes(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; errors: LevelError[] } {
  const fail = (message: string) => ({ ok: false as const, errors: [{ path: '$', message }] });
  const b0 = bytes[0];
  const b1 = bytes[1];
  const utf16 =
    (b0 === 0xff && b1 === 0xfe) ||
    (b0 === 0xfe && b1 === 0xff) ||
    // JSON starts with ASCII, so a zero byte next to it means two bytes per character.
    (bytes.length >= 2 && (b0 === 0 || b1 === 0));
  if (utf16) {
    return fail(
      'line 1, column 1: the file is saved as UTF-16; save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(`${badByteAt(bytes)}: the file is not UTF-8 text; save it as UTF-8`);
  }
  return { ok: true, text: stripBom(text) };
}

/** The text without a leading UTF-8 byte-order mark. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Line and column of the first byte that is not valid UTF-8: the lenient decoder puts U+FFFD
 * there (a real U+FFFD earlier in the file would be named instead, which is close enough).
 */
function badByteAt(bytes: Uint8Array): string {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
  const lines = before.split('\n');
  return at(lines.length - 1, Array.from(lines[lines.length - 1] ?? '').length);
}

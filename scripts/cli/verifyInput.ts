import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors';
import { fileErrorReason } from './levels';

/** A class of 60 links is ~100 KiB; 2 MiB leaves room for a whole export with other columns. */
export const MAX_LINK_FILE_BYTES = 2 * 1024 * 1024;

// A link anywhere in a line: a #, optionally other fragment parameters, then r= or s= and the
// payload up to a separator (space, quote, comma, bracket). Other characters stay in, so a changed
// character is reported as such instead of silently cutting the link short.
const FRAGMENT = /#(?:[A-Za-z0-9_.=-]*&)?([rs])=([^\s"',;<>()[\]{}]*)/g;
// A line (or a quoted CSV line) that is nothing but a payload.
const BARE = /^["']?([A-Za-z0-9_-]{16,})["']?$/;

/** Every link-looking token in the text, in order of appearance. */
export function extractLinks(text: string): string[] {
  const links: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    let found = false;
    for (const match of line.matchAll(FRAGMENT)) {
      // Sentence punctuation after a link in prose is not part of it (base64url has none).
      const payload = (match[2] ?? '').replace(/[.!?:]+$/, '');
      links.push(`#${match[1] ?? 'r'}=${payload}`);
      found = true;
    }
    const bare = found ? null : BARE.exec(line.trim());
    if (bare?.[1] !== undefined) links.push(bare[1]);
  }
  return links;
}

/** Reads FILE with the size cap applied before reading, as readPlanFile does. */
export function readLinkFile(file: string): string[] {
  const fail = (message: string): never => {
    throw new CliError(`${file}: ${message}`);
  };
  const tooBig = `the file is larger than the limit of ${MAX_LINK_FILE_BYTES} bytes (2 MiB)`;
  let bytes: Buffer;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) fail('cannot be read (it is a directory)');
    if (stats.isFile() && stats.size > MAX_LINK_FILE_BYTES) fail(tooBig);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    return fail(`cannot be read (${fileErrorReason(error)})`);
  }
  if (bytes.length > MAX_LINK_FILE_BYTES) fail(tooBig);
  const links = extractLinks(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  if (links.length === 0) fail('no link found (expected #r=… links or one payload per line)');
  return links;
}

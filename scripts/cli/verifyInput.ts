import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors';
import { findPastedLinks } from '../../src/share/pasted';
import { fileErrorReason } from './levels';

/** A class of 60 links is ~100 KiB; 2 MiB leaves room for a whole export with other columns. */
export const MAX_LINK_FILE_BYTES = 2 * 1024 * 1024;

/** Far more than a class hands in; keeps one file's replays to a bounded time. */
export const MAX_LINKS_PER_FILE = 10_000;

/**
 * Every link in the text, in order of appearance: fragments anywhere in a line, bare payloads,
 * and links that e-mail wrapped over several lines, rejoined. Linear in the text's size.
 */
export function extractLinks(text: string): string[] {
  return findPastedLinks(text, MAX_LINKS_PER_FILE).map((found) => found.text);
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

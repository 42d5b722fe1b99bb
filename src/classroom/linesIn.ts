import { scanPastedText } from '../share/pasted';

/**
 * Pasted text or a dropped file → one candidate link per non-blank line. A line may be a bare
 * link or a CSV/chat row around it; the cell that looks like a link is taken, so a spreadsheet
 * column of links can be pasted as it is.
 */

/** Files beyond this are refused before they are read: 60 students' links fit in a few KB. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** A class of 60 handing in a few times each stays far below this. */
export const MAX_LINES = 2000;

export interface CandidateLine {
  /** 1-based line number in the pasted text, for the bad-lines list. */
  line: number;
  text: string;
}

/**
 * One candidate per link (a link wrapped over several lines counts once, at its first line) and
 * one per non-blank line without a link, so the trainer sees which lines were not hand-ins. The
 * scan is linear in the text (src/share/pasted.ts): a megabyte of one character costs
 * milliseconds, not minutes.
 */
export function candidateLines(text: string): CandidateLine[] {
  return scanPastedText(text, MAX_LINES, true).map(({ line, text: found }) => ({
    line,
    text: found,
  }));
}

/** Pasted text to scan in the worker; its links are numbered from `firstLine`, `limit` at most. */
export interface PastedRequest {
  text: string;
  firstLine: number;
  limit: number;
}

/** What the verify worker is sent: lines already found, or the text to find them in. */
export type WorkerRequest = readonly CandidateLine[] | PastedRequest;

/** The candidate lines of a request, numbered for the dashboard's list. */
export function requestLines(request: WorkerRequest): CandidateLine[] {
  if (!('text' in request)) return [...request];
  return candidateLines(request.text)
    .slice(0, Math.max(0, request.limit))
    .map((found, i) => ({ line: request.firstLine + i, text: found.text }));
}

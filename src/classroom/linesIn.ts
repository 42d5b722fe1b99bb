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

const LINKISH = /(?:^|[#?&])r=|^A[A-Za-z0-9_-]{20,}$/;

export function candidateLines(text: string): CandidateLine[] {
  const out: CandidateLine[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length && out.length < MAX_LINES; i++) {
    const raw = (lines[i] ?? '').trim();
    if (raw === '') continue;
    const cells = raw.split(/[\s,;]+/).map((c) => c.replace(/^["']+|["']+$/g, ''));
    const link = cells.find((c) => LINKISH.test(c));
    out.push({ line: i + 1, text: link ?? raw });
  }
  return out;
}

import {
  MAX_SAVE_CHARS,
  parseSaveText,
  serializeSave,
  type ParsedSave,
  type SaveEnvelope,
} from './save';

/** The file name of an export: the seed tells two saves apart without a clock. */
export function exportFileName(save: SaveEnvelope): string {
  return `four-stages-save-${save.campaign.seed}.json`;
}

/** Offers the save as a file download; works when localStorage does not. */
export function downloadSave(save: SaveEnvelope): void {
  const blob = new Blob([serializeSave(save)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = exportFileName(save);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers fetch the blob after the click returns: keep the URL alive for a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads a file the player picked; the size is checked before a byte is read. */
export async function readSaveFile(file: Pick<Blob, 'size' | 'text'>): Promise<ParsedSave> {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so this bounds the text length too.
  if (file.size > MAX_SAVE_CHARS) return { ok: false, problem: 'tooLarge' };
  try {
    return parseSaveText(await file.text());
  } catch {
    return { ok: false, problem: 'corrupt' };
  }
}

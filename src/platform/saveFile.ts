import {
  MAX_SAVE_CHARS,
  parseSaveText,
  serializeSave,
  type ParsedSave,
  type SaveEnvelope,
} from './save';
import { downloadText } from './download';

/** The file name of an export: the seed tells two saves apart without a clock. */
export function exportFileName(save: SaveEnvelope): string {
  return `four-stages-save-${save.campaign.seed}.json`;
}

/** Offers the save as a file download; works when localStorage does not. */
export function downloadSave(save: SaveEnvelope): void {
  downloadText(exportFileName(save), serializeSave(save), 'application/json');
}

/**
 * A damaged save as it was found, byte for byte, under the key's counter: nothing of it is
 * parsed or rendered, it only goes back to the player (or to whoever helps them recover it).
 */
export function downloadDamagedSave(key: string, text: string): void {
  const counter = key.slice(key.lastIndexOf('.') + 1);
  downloadText(`four-stages-damaged-save-${counter}.txt`, text, 'text/plain');
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

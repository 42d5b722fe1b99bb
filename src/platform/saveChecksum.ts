/**
 * The checksum a save carries over its campaign's JSON text: two 32-bit FNV-1a passes with
 * different offsets, 16 hex digits. It is not a signature (anyone can recompute it); it catches a
 * save changed by hand or by a broken write, such as one action slipped into a saved log.
 */
function fnv1a(text: string, offset: number): number {
  let hash = offset >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function saveChecksum(campaignJson: string): string {
  const a = fnv1a(campaignJson, 0x811c9dc5).toString(16).padStart(8, '0');
  const b = fnv1a(campaignJson, 0x9e3779b9).toString(16).padStart(8, '0');
  return `${a}${b}`;
}

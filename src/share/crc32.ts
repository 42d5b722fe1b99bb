/**
 * CRC-32 (IEEE 802.3, as in zip and PNG). fflate computes one internally but does not export it,
 * and a 1 KiB table is cheaper than a second dependency.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array, end = data.length): number {
  let crc = 0xffffffff;
  for (let i = 0; i < end; i++) {
    crc = (TABLE[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

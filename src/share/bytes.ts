/**
 * Byte-level reading and writing for the link format. Every read is bounds-checked and throws a
 * DecodeError, so a hostile link can only ever end in a reason code, never in a RangeError or a
 * value read from past the end of the buffer.
 */

import type { LinkFailureDetail, LinkReason } from './reasons';

/** Thrown anywhere below decodeLink and turned into its failure result there, never further. */
export class DecodeError extends Error {
  constructor(
    readonly reason: LinkReason,
    readonly detail?: LinkFailureDetail,
  ) {
    super(reason);
    this.name = 'DecodeError';
  }
}

/** Varints above this are never written; refusing them keeps every decoded number a safe integer. */
export const MAX_VARINT = 0xffff_ffff;

export class ByteWriter {
  private bytes: number[] = [];

  u8(value: number): void {
    this.bytes.push(value & 0xff);
  }

  u32(value: number): void {
    this.u8(value >>> 24);
    this.u8(value >>> 16);
    this.u8(value >>> 8);
    this.u8(value);
  }

  /** Unsigned LEB128; arithmetic instead of shifts so values above 2^31 stay positive. */
  varint(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > MAX_VARINT) {
      throw new RangeError(`varint out of range: ${value}`);
    }
    let rest = value;
    while (rest >= 0x80) {
      this.u8((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.u8(rest);
  }

  raw(data: Uint8Array): void {
    for (const byte of data) this.bytes.push(byte);
  }

  get length(): number {
    return this.bytes.length;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export class ByteReader {
  private pos: number;

  /**
   * Reads `data[start, end)`. `overrun` is the problem reported when a read goes past the end: the
   * outer header reports `truncated`, a body whose length was already checked reports `damaged`.
   */
  constructor(
    private readonly data: Uint8Array,
    start = 0,
    private readonly end = data.length,
    private readonly overrun: LinkReason = 'damaged',
  ) {
    this.pos = start;
  }

  get offset(): number {
    return this.pos;
  }

  get remaining(): number {
    return this.end - this.pos;
  }

  u8(): number {
    if (this.pos >= this.end) throw new DecodeError(this.overrun);
    const byte = this.data[this.pos];
    this.pos += 1;
    return byte ?? 0;
  }

  u32(): number {
    const a = this.u8();
    const b = this.u8();
    const c = this.u8();
    const d = this.u8();
    return a * 0x100_0000 + ((b << 16) | (c << 8) | d);
  }

  /** At most five bytes and at most MAX_VARINT: a longer run of continuation bits is damage. */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const byte = this.u8();
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) {
        if (value > MAX_VARINT) throw new DecodeError('damaged');
        return value;
      }
      scale *= 0x80;
    }
    throw new DecodeError('damaged');
  }

  bytes(length: number): Uint8Array {
    if (length > this.remaining) throw new DecodeError(this.overrun);
    const slice = this.data.subarray(this.pos, this.pos + length);
    this.pos += length;
    return slice;
  }

  /** A reader over the next `length` bytes, advancing this one past them. */
  sub(length: number): ByteReader {
    if (length > this.remaining) throw new DecodeError(this.overrun);
    const reader = new ByteReader(this.data, this.pos, this.pos + length, 'damaged');
    this.pos += length;
    return reader;
  }

  /** Trailing bytes mean the writer and reader disagree about the layout: the link was altered. */
  expectEnd(): void {
    if (this.pos !== this.end) throw new DecodeError('damaged');
  }
}

/** Packs small fields (bools, enum and ref indexes) into as few bytes as their widths allow. */
export class BitWriter {
  private bits: number[] = [];

  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push((value >>> i) & 1);
  }

  flushTo(writer: ByteWriter): void {
    for (let i = 0; i < this.bits.length; i += 8) {
      let byte = 0;
      for (let j = 0; j < 8; j++) byte = (byte << 1) | (this.bits[i + j] ?? 0);
      writer.u8(byte);
    }
    this.bits = [];
  }
}

export class BitReader {
  private readonly bytes: Uint8Array;
  private pos = 0;

  constructor(reader: ByteReader, totalBits: number) {
    this.bytes = reader.bytes(Math.ceil(totalBits / 8));
  }

  read(width: number): number {
    let value = 0;
    for (let i = 0; i < width; i++) {
      const byte = this.bytes[this.pos >>> 3] ?? 0;
      value = (value << 1) | ((byte >>> (7 - (this.pos & 7))) & 1);
      this.pos += 1;
    }
    return value;
  }

  /** Padding bits must be zero, so each link has exactly one spelling. */
  expectZeroPadding(): void {
    while (this.pos < this.bytes.length * 8) {
      if (this.read(1) !== 0) throw new DecodeError('damaged');
    }
  }
}

/** Bits needed to tell `count` choices apart: 0 for a single choice. */
export function bitWidth(count: number): number {
  let width = 0;
  while (1 << width < count) width += 1;
  return width;
}

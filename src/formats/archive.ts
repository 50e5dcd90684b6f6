/**
 * Reads just enough of an archive's bytes to tell whether it is password
 * protected. Pure and defensive: it never throws on malformed input, every
 * loop is capped, and each read is bounds-checked.
 */

export type ArchiveFormat = "zip" | "7z" | "rar";

export interface ArchiveInfo {
  format: ArchiveFormat;
  /** true: password protected; false: not; undefined: cannot tell cheaply. */
  encrypted: boolean | undefined;
}

/*
 * Entries and blocks are read to the end of the bytes, however many there are: each step
 * moves past at least one header, so the walk is linear in the archive's size (≤ 5 MB read),
 * and an encrypted entry cannot hide behind 10,000 harmless ones.
 */
/** At most this many bytes of a 7z header are searched. */
const MAX_SCAN = 1 << 20;

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
const RAR4 = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
const RAR5 = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00];
/** 7z's AES-256 + SHA-256 coder id, listed in the header of an encrypted archive. */
const SEVEN_ZIP_AES = [0x06, 0xf1, 0x07, 0x01];

function hasBytes(bytes: Uint8Array, at: number, expected: readonly number[]): boolean {
  if (at < 0 || at + expected.length > bytes.length) return false;
  for (let i = 0; i < expected.length; i++) if (bytes[at + i] !== expected[i]) return false;
  return true;
}

/** Little-endian reads; -1 when out of range. */
function u16(bytes: Uint8Array, at: number): number {
  return at >= 0 && at + 2 <= bytes.length ? bytes[at] | (bytes[at + 1] << 8) : -1;
}

function u32(bytes: Uint8Array, at: number): number {
  return at >= 0 && at + 4 <= bytes.length
    ? (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16)) + bytes[at + 3] * 0x1000000
    : -1;
}

/** ZIP general-purpose flag bit 0: the entry is encrypted (ZipCrypto or AES). */
const ZIP_ENCRYPTED = 0x0001;
/** Bit 3: sizes follow the data, so the next local header cannot be found from this one. */
const ZIP_DATA_DESCRIPTOR = 0x0008;

/** Offset of the end-of-central-directory record (searched back over the 64 KB comment), or -1. */
function zipEnd(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (hasBytes(bytes, at, ZIP_END)) return at;
  return -1;
}

/** Whether any entry of a ZIP is encrypted; undefined when the bytes are not a ZIP. */
function zipEncrypted(bytes: Uint8Array): boolean | undefined {
  let isZip = false;
  // Local headers, one after another from the start.
  let at = 0;
  while (hasBytes(bytes, at, ZIP_LOCAL)) {
    isZip = true;
    const flags = u16(bytes, at + 6);
    const size = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    const extraLength = u16(bytes, at + 28);
    if (flags < 0 || size < 0 || nameLength < 0 || extraLength < 0) break; // truncated header
    if (flags & ZIP_ENCRYPTED) return true;
    if (flags & ZIP_DATA_DESCRIPTOR) break;
    at += 30 + nameLength + extraLength + size;
  }
  // The central directory lists every entry again, also those after a data descriptor.
  const end = zipEnd(bytes);
  if (end >= 0) {
    isZip = true;
    at = u32(bytes, end + 16);
    while (hasBytes(bytes, at, ZIP_CENTRAL)) {
      const flags = u16(bytes, at + 8);
      const lengths = [u16(bytes, at + 28), u16(bytes, at + 30), u16(bytes, at + 32)];
      if (flags < 0 || lengths.some((l) => l < 0)) break; // truncated entry
      if (flags & ZIP_ENCRYPTED) return true;
      at += 46 + lengths[0] + lengths[1] + lengths[2];
    }
  }
  return isZip ? false : undefined;
}

/**
 * A 7z archive lists its coders in the header at the end. A plain header
 * (0x01) shows every coder, so no AES coder means not encrypted; an encoded
 * (compressed) header (0x17) hides the content's coders, so only an AES
 * coder for the header itself is conclusive.
 */
function sevenZipEncrypted(bytes: Uint8Array): boolean | undefined {
  const offset = u32(bytes, 12) + u32(bytes, 16) * 0x100000000;
  const size = u32(bytes, 20) + u32(bytes, 24) * 0x100000000;
  const start = 32 + offset;
  if (offset < 0 || size <= 0 || start >= bytes.length) return undefined;
  const end = Math.min(start + size, bytes.length, start + MAX_SCAN);
  for (let at = start; at + SEVEN_ZIP_AES.length <= end; at++) if (hasBytes(bytes, at, SEVEN_ZIP_AES)) return true;
  return bytes[start] === 0x01 && end === start + size ? false : undefined;
}

/** RAR 4 block flags: archive headers encrypted (main header), file encrypted (file header), block has data. */
const RAR4_HEADERS_ENCRYPTED = 0x0080;
const RAR4_FILE_ENCRYPTED = 0x0004;
const RAR4_HAS_DATA = 0x8000;

function rar4Encrypted(bytes: Uint8Array): boolean | undefined {
  let at = RAR4.length;
  for (;;) {
    const type = at + 2 < bytes.length ? bytes[at + 2] : -1;
    const flags = u16(bytes, at + 3);
    const headerSize = u16(bytes, at + 5);
    if (type < 0 || flags < 0 || headerSize < 7) return undefined;
    if (type === 0x73 && flags & RAR4_HEADERS_ENCRYPTED) return true;
    if (type === 0x74 && flags & RAR4_FILE_ENCRYPTED) return true;
    if (type === 0x7b) return false; // end of archive
    const dataSize = flags & RAR4_HAS_DATA ? u32(bytes, at + 7) : 0;
    if (dataSize < 0) return undefined;
    at += headerSize + dataSize;
  }
}

/** RAR 5 variable-length integer: 7 bits per byte, high bit continues. */
function vint(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 10 && at + i < bytes.length; i++) {
    value += (bytes[at + i] & 0x7f) * Math.pow(2, 7 * i);
    if ((bytes[at + i] & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return undefined;
}

/**
 * RAR 5: an archive encryption header (type 4) means encrypted headers; a
 * file header (type 2) with a file encryption record (type 1) in its extra
 * area means an encrypted file.
 */
function rar5Encrypted(bytes: Uint8Array): boolean | undefined {
  let at = RAR5.length;
  for (;;) {
    const size = vint(bytes, at + 4); // after the header's CRC32
    if (!size) return undefined;
    const headerEnd = size.next + size.value;
    const type = vint(bytes, size.next);
    const flags = type && vint(bytes, type.next);
    if (!type || !flags || headerEnd > bytes.length) return undefined;
    if (type.value === 4) return true;
    if (type.value === 5) return false; // end of archive
    let field = flags.next;
    let extraSize = 0;
    let dataSize = 0;
    if (flags.value & 0x01) {
      const extra = vint(bytes, field);
      if (!extra) return undefined;
      extraSize = extra.value;
      field = extra.next;
    }
    if (flags.value & 0x02) {
      const data = vint(bytes, field);
      if (!data) return undefined;
      dataSize = data.value;
    }
    if (type.value === 2 && extraSize > 0) {
      for (let record = headerEnd - extraSize, r = 0; record < headerEnd && r < 64; r++) {
        const recordSize = vint(bytes, record);
        const recordType = recordSize && vint(bytes, recordSize.next);
        if (!recordSize || !recordType || recordSize.value === 0) break;
        if (recordType.value === 1) return true;
        record = recordSize.next + recordSize.value;
      }
    }
    at = headerEnd + dataSize;
  }
}

/** What an attachment's bytes say about it as an archive; undefined when it is not ZIP, 7z or RAR. */
export function inspectArchive(bytes: Uint8Array): ArchiveInfo | undefined {
  if (hasBytes(bytes, 0, SEVEN_ZIP)) return { format: "7z", encrypted: sevenZipEncrypted(bytes) };
  if (hasBytes(bytes, 0, RAR5)) return { format: "rar", encrypted: rar5Encrypted(bytes) };
  if (hasBytes(bytes, 0, RAR4)) return { format: "rar", encrypted: rar4Encrypted(bytes) };
  const zip = zipEncrypted(bytes);
  return zip === undefined ? undefined : { format: "zip", encrypted: zip };
}

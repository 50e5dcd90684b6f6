import { FileRefused, MAX_FILE_BYTES } from "./limits";
import type { CliIO } from "./main";

/**
 * Where the messages of a mailbox lie, for `presend replay`: .eml files, folders of
 * them (recursed), and mbox files. Only places are kept (path, byte range), never the
 * messages, so a mailbox of any size is read one message at a time.
 */

/** One message: a whole .eml file, or a stretch of an mbox file. */
export interface MessagePlace {
  /** How the output names it: the path as found, with `#N` for the Nth message of an mbox. */
  file: string;
  path: string;
  /** Byte offset of the message (in an mbox, of its "From " separator line). */
  start: number;
  end: number;
  /** In an mbox: starts with the separator line, and body lines are mboxrd-escaped. */
  inMbox: boolean;
}

const MBOX_SEPARATOR = "From ";
const LF = 0x0a;
/** Bytes read at a time while looking for separators or for the end of a header block. */
const CHUNK = 1 << 20;
const FIRST_HEADER_READ = 16 * 1024;

async function startsAsMbox(io: CliIO, path: string): Promise<boolean> {
  const head = await io.readRange(path, 0, MBOX_SEPARATOR.length);
  return Buffer.from(head).toString("latin1") === MBOX_SEPARATOR;
}

/**
 * Offsets of an mbox's separator lines, and of where each message before one ends.
 * A separator is a "From " line at the start of the file or after an empty line (how
 * mbox writers put them): a "From " line inside a paragraph of an mboxo file whose
 * writer did not escape it stays body text.
 */
async function mboxPlaces(io: CliIO, path: string, size: number): Promise<MessagePlace[]> {
  const patterns = [Buffer.from(`\n\n${MBOX_SEPARATOR}`), Buffer.from(`\n\r\n${MBOX_SEPARATOR}`)];
  const overlap = patterns[1].length - 1;
  // Each separator's offset, and the offset where the message before it ends (before the empty line).
  const separators: Array<{ at: number; previousEnd: number }> = [{ at: 0, previousEnd: 0 }];
  for (let offset = 0; offset < size; offset += CHUNK) {
    // A few bytes of the previous chunk go along, so a separator across the seam is found.
    const from = Math.max(0, offset - overlap);
    const bytes = Buffer.from(await io.readRange(path, from, offset + CHUNK - from));
    const found: Array<{ at: number; previousEnd: number }> = [];
    for (const pattern of patterns) {
      for (let i = bytes.indexOf(pattern); i >= 0; i = bytes.indexOf(pattern, i + 1)) {
        const at = from + i + pattern.length - MBOX_SEPARATOR.length;
        // The message's last line break is its own; the empty line after it is the mbox's.
        found.push({ at, previousEnd: from + i + 1 });
      }
    }
    found.sort((a, b) => a.at - b.at);
    for (const separator of found) if (separator.at > separators[separators.length - 1].at) separators.push(separator);
  }
  return separators.map((separator, index) => ({
    file: `${path}#${index + 1}`,
    path,
    start: separator.at,
    end: index + 1 < separators.length ? separators[index + 1].previousEnd : size,
    inMbox: true,
  }));
}

/** A file given or found: an mbox when it starts like one, otherwise one message. */
async function filePlaces(io: CliIO, path: string, size: number, inFolder: boolean): Promise<MessagePlace[]> {
  if (await startsAsMbox(io, path)) return mboxPlaces(io, path, size);
  // In a folder only .eml files are messages: not the README or policy.json beside them.
  if (inFolder && !/\.eml$/i.test(path)) return [];
  return [{ file: path, path, start: 0, end: size, inMbox: false }];
}

async function placesUnder(io: CliIO, path: string, inFolder: boolean): Promise<MessagePlace[]> {
  const { kind, size } = await io.stat(path);
  // A device (/dev/zero), FIFO or socket never ends: never read, even when found in a folder.
  if (kind === "other") throw new FileRefused("not-regular");
  if (kind === "file") return filePlaces(io, path, size, inFolder);
  const names = (await io.listFolder(path)).sort();
  const places: MessagePlace[] = [];
  for (const name of names) places.push(...(await placesUnder(io, joinPath(path, name), true)));
  return places;
}

/** `folder/name`, keeping the folder as the user wrote it. */
function joinPath(folder: string, name: string): string {
  return /[\\/]$/.test(folder) ? `${folder}${name}` : `${folder}/${name}`;
}

/** A path given to replay that cannot be read; `cause` says why. */
export class UnreadablePath extends Error {
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`cannot read ${path}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Every message under `paths`, in input order; rejects with UnreadablePath. */
export async function findMessages(io: CliIO, paths: readonly string[]): Promise<MessagePlace[]> {
  const places: MessagePlace[] = [];
  for (const path of paths) {
    try {
      places.push(...(await placesUnder(io, path, false)));
    } catch (error) {
      throw new UnreadablePath(path, error);
    }
  }
  return places;
}

/** Drops an mbox message's separator line and undoes mboxrd's `>From ` escaping. */
function unwrapMbox(bytes: Uint8Array): Uint8Array {
  const lineEnd = bytes.indexOf(LF);
  const message = Buffer.from(bytes.subarray(lineEnd < 0 ? bytes.length : lineEnd + 1));
  if (message.indexOf(`>${MBOX_SEPARATOR}`) < 0) return message;
  // Latin-1 keeps every byte as one character, so the bytes come back unchanged but for the escapes.
  return Buffer.from(message.toString("latin1").replace(/^>(>*From )/gm, "$1"), "latin1");
}

/** The whole message; one over MAX_FILE_BYTES is refused, as a file that size is. */
export async function readMessage(io: CliIO, place: MessagePlace): Promise<Uint8Array> {
  if (place.end - place.start > MAX_FILE_BYTES) throw new FileRefused("too-large", place.end - place.start);
  const bytes = await io.readRange(place.path, place.start, place.end - place.start);
  return place.inMbox ? unwrapMbox(bytes) : bytes;
}

/** Where the header block of `bytes` ends (after its empty line), or -1 when it goes on. */
function headerEnd(bytes: Buffer): number {
  const ends = [bytes.indexOf("\n\n"), bytes.indexOf("\n\r\n")].filter((at) => at >= 0);
  if (ends.length === 0) return -1;
  const at = Math.min(...ends);
  return at + (bytes[at + 1] === LF ? 2 : 3);
}

/** The message's header block only: ordering and received mail need nothing else. */
export async function readHeaderBlock(io: CliIO, place: MessagePlace): Promise<Uint8Array> {
  for (let length = FIRST_HEADER_READ; ; length *= 4) {
    const whole = place.start + length >= place.end;
    const read = await io.readRange(place.path, place.start, Math.min(length, place.end - place.start));
    const bytes = Buffer.from(place.inMbox ? unwrapMbox(read) : read);
    const end = headerEnd(bytes);
    if (end >= 0) return bytes.subarray(0, end);
    if (whole) return bytes;
  }
}

/**
 * Japanese mail from old mailers, as postal-mime cannot read it. Pure byte
 * and string work, no Node APIs.
 *
 * Header text written raw instead of as RFC 2047
 * encoded-words: 7-bit ISO-2022-JP (ESC $ B … ESC ( B) or 8-bit Shift_JIS /
 * EUC-JP. postal-mime reads header bytes as UTF-8, and in an address the "("
 * of ESC ( B opens a comment, so a whole To line of such names is lost. This
 * rewrites that header text as UTF-8, which postal-mime reads, in the
 * message's header block and in each MIME part's; bodies are left alone
 * (their charset is declared).
 */

const LF = 0x0a;
const ESC = 0x1b;
const DASH = 0x2d;

const utf8 = new TextEncoder();
const decoders = new Map<string, TextDecoder>();

function decode(bytes: Uint8Array, charset: string, fatal: boolean): string | undefined {
  const key = `${charset}:${fatal}`;
  let decoder = decoders.get(key);
  if (!decoder) decoders.set(key, (decoder = new TextDecoder(charset, { fatal })));
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** A header line's text: ISO-2022-JP if it has escapes, else UTF-8, else the legacy 8-bit charsets. */
function headerText(line: Uint8Array): Uint8Array {
  let escape = false;
  let eightBit = false;
  for (const byte of line) {
    if (byte === ESC) escape = true;
    else if (byte >= 0x80) eightBit = true;
  }
  if (escape) return utf8.encode(decode(line, "iso-2022-jp", false) ?? "");
  if (!eightBit || decode(line, "utf-8", true) !== undefined) return line;
  const legacy = decode(line, "shift_jis", true) ?? decode(line, "euc-jp", true);
  return legacy === undefined ? line : utf8.encode(legacy);
}

const BOUNDARY = /boundary\s*=\s*"?([^";\r\n]+)"?/i;

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return text;
}

function needsWork(raw: Uint8Array): boolean {
  for (let i = 0; i < raw.length; i++) if (raw[i] === ESC || raw[i] >= 0x80) return true;
  return false;
}

/** One line of a message: its bytes (line break included), how many come before the break, and whether it is a header line. */
interface MessageLine {
  line: Uint8Array;
  content: number;
  /** In the message's header block or a MIME part's (the empty line that ends one is not). */
  inHeader: boolean;
}

/**
 * Walks a message line by line, telling header lines (the message's and each MIME
 * part's, found by the boundaries the headers declare) from body lines.
 */
function walkLines(raw: Uint8Array, visit: (line: MessageLine) => void): void {
  const boundaries = new Set<string>();
  let inHeader = true;
  for (let start = 0; start < raw.length; ) {
    let end = raw.indexOf(LF, start);
    end = end < 0 ? raw.length : end + 1;
    const line = raw.subarray(start, end);
    start = end;
    let content = line.length;
    while (content > 0 && (line[content - 1] === LF || line[content - 1] === 0x0d)) content--;
    if (inHeader) {
      if (content === 0) {
        inHeader = false;
      } else {
        // Boundaries are ASCII: read off the raw bytes, whatever charset the rest of the line is in.
        const boundary = BOUNDARY.exec(latin1(line.subarray(0, Math.min(content, 300))));
        if (boundary) boundaries.add(boundary[1].trim());
      }
      visit({ line, content, inHeader });
    } else {
      visit({ line, content, inHeader: false });
      if (line[0] === DASH && line[1] === DASH && content <= 2 + 200) {
        // "--boundary" opens a part's header block; "--boundary--" closes the multipart.
        inHeader = boundaries.has(latin1(line.subarray(2, content)).trim());
      }
    }
  }
}

/** The message with raw ISO-2022-JP, Shift_JIS or EUC-JP header text rewritten as UTF-8. */
export function withUtf8Headers(raw: Uint8Array): Uint8Array {
  if (!needsWork(raw)) return raw;
  const out: Uint8Array[] = [];
  let changed = false;
  walkLines(raw, ({ line, content, inHeader }) => {
    const head = line.subarray(0, content);
    const text = inHeader ? headerText(head) : head;
    if (text === head) {
      out.push(line);
      return;
    }
    out.push(text, line.subarray(content));
    changed = true;
  });
  if (!changed) return raw;
  const result = new Uint8Array(out.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of out) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
}

const BASE64_ENCODING = /^content-transfer-encoding:\s*base64\b/i;

/**
 * Lines and bytes of the message's bodies that are not base64: the text postal-mime
 * hands on line by line (base64 it decodes in large pieces), and what its time and
 * memory grow with (800,000 short lines: 25 s and 1.7 GB).
 */
export function textBodySize(raw: Uint8Array): { lines: number; bytes: number } {
  const size = { lines: 0, bytes: 0 };
  let base64 = false;
  let previousWasHeader = false;
  walkLines(raw, ({ line, content, inHeader }) => {
    if (inHeader) {
      // A new header block starts a new part, whose encoding its own headers give.
      if (!previousWasHeader) base64 = false;
      if (BASE64_ENCODING.test(latin1(line.subarray(0, Math.min(content, 100))))) base64 = true;
    } else if (!base64) {
      size.lines++;
      size.bytes += content;
    }
    previousWasHeader = inHeader;
  });
  return size;
}

const JIS_ESCAPES = [`${String.fromCharCode(ESC)}$B`, `${String.fromCharCode(ESC)}$@`];

/**
 * A body in ISO-2022-JP whose part does not say so (no charset, or us-ascii):
 * it is 7-bit, so it arrives as ASCII text still holding its escape sequences.
 */
export function decodeUnlabelledJis(text: string): string {
  if (!JIS_ESCAPES.some((escape) => text.indexOf(escape) >= 0)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return text; // not 7-bit: something else
    bytes[i] = code;
  }
  return decode(bytes, "iso-2022-jp", false) ?? text;
}

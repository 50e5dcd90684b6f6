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

/** The message with raw ISO-2022-JP, Shift_JIS or EUC-JP header text rewritten as UTF-8. */
export function withUtf8Headers(raw: Uint8Array): Uint8Array {
  if (!needsWork(raw)) return raw;
  const boundaries = new Set<string>();
  const out: Uint8Array[] = [];
  let changed = false;
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
        const head = line.subarray(0, content);
        const text = headerText(head);
        const boundary = BOUNDARY.exec(latin1(text.subarray(0, 300)));
        if (boundary) boundaries.add(boundary[1].trim());
        if (text !== head) {
          out.push(text, line.subarray(content));
          changed = true;
          continue;
        }
      }
    } else if (line[0] === DASH && line[1] === DASH && content <= 2 + 200) {
      // "--boundary" opens a part's header block; "--boundary--" closes the multipart.
      const delimiter = latin1(line.subarray(2, content)).trim();
      inHeader = boundaries.has(delimiter);
    }
    out.push(line);
  }
  if (!changed) return raw;
  const result = new Uint8Array(out.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of out) {
    result.set(chunk, at);
    at += chunk.length;
  }
  return result;
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

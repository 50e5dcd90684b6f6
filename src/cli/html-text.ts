/**
 * HTML mail body → plain text, the way the rules need it: one line per
 * paragraph or <br>, a blank line for Outlook's empty paragraph (<p>&nbsp;</p>:
 * paragraphs of a mail, such as a legal footer, are told apart by blank lines), and text inside <blockquote> prefixed with "> " per level
 * so that splitBody (src/engine/body.ts) sees it as quoted earlier mail.
 * Pure string work (no DOM), so the pane and the playground can reuse it.
 */

/** Elements whose start and end break the line. */
const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
  "ol", "p", "pre", "section", "table", "tr", "ul",
]);

/** Elements whose content is never shown. */
const HIDDEN_CONTENT = /<(head|style|script|title|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  copy: "©", reg: "®", trade: "™", hellip: "…", mdash: "—", ndash: "–", laquo: "«", raquo: "»",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", middot: "·", bull: "•", yen: "¥", times: "×",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.charAt(0) !== "#") return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
    const code = entity.charAt(1).toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "\ufffd";
  });
}

const NO_BREAK_SPACE = /&nbsp;|&#160;|&#xa0;|\u00a0/i;

export function htmlToText(html: string): string {
  const source = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[!?][^>]*>/g, "") // <!DOCTYPE …>, <?xml …?>
    .replace(HIDDEN_CONTENT, "");
  const lines: string[] = [];
  let line = "";
  /** Blockquote depth of the text on the current line (taken when its first text arrives). */
  let lineDepth = 0;
  let depth = 0;
  let preformatted = 0;
  /** The current block shows only &nbsp;: Outlook's empty paragraph, a blank line (an empty <p></p> is none). */
  let blankHeld = false;

  const endLine = () => {
    const text = line.replace(/[ \t]+$/, "");
    lines.push(lineDepth > 0 ? `${"> ".repeat(lineDepth)}${text}`.replace(/ +$/, "") : text);
    line = "";
    lineDepth = depth;
    blankHeld = false;
  };
  const addText = (text: string) => {
    if (line === "") {
      lineDepth = depth;
      if (!preformatted) text = text.replace(/^\s+/, "");
    }
    line += text;
  };

  const token = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(source)) !== null) {
    const [, closing, tagName, text, stray] = match;
    if (text !== undefined || stray !== undefined) {
      const decoded = decodeEntities(text ?? stray);
      if (preformatted) {
        const parts = decoded.split(/\r?\n/);
        parts.forEach((part, index) => {
          if (index > 0) endLine();
          addText(part);
        });
      } else {
        const collapsed = decoded.replace(/\s+/g, " ");
        if (collapsed !== " " || line !== "") addText(collapsed);
        else if (NO_BREAK_SPACE.test(text ?? "")) blankHeld = true;
      }
      continue;
    }
    const tag = tagName.toLowerCase();
    if ((tag === "td" || tag === "th") && !closing && line !== "") addText(" ");
    if (!BLOCK_ELEMENTS.has(tag)) continue;
    // A break ends the line even when empty (<br><br> is a blank line); other blocks only end text.
    if (tag === "br" || line.trim() !== "" || blankHeld) endLine();
    if (tag === "blockquote") depth = Math.max(0, depth + (closing ? -1 : 1));
    if (tag === "pre") preformatted = Math.max(0, preformatted + (closing ? -1 : 1));
    if (line === "") lineDepth = depth;
  }
  if (line.trim() !== "") endLine();
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

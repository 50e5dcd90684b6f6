import { Parser } from "htmlparser2";

/**
 * HTML mail body → plain text, the way the rules need it: one line per
 * paragraph or <br>, a blank line for Outlook's empty paragraph (<p>&nbsp;</p>:
 * paragraphs of a mail, such as a legal footer, are told apart by blank lines), and text inside <blockquote> prefixed with "> " per level
 * so that splitBody (src/engine/body.ts) sees it as quoted earlier mail.
 * htmlparser2 reads the markup (attributes with ">" in them, unclosed comments and
 * tags, entities) in linear time; no DOM, so the pane and the playground can reuse it.
 */

/** Elements whose start and end break the line. */
const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
  "ol", "p", "pre", "section", "table", "tr", "ul",
]);

/**
 * Quote marks written at most per line: splitBody needs only the first, and 100,000
 * unclosed <blockquote>s must not put 200 KB in front of every line.
 */
const MAX_QUOTE_MARKS = 20;

/** Elements whose content is never shown. */
const HIDDEN_CONTENT = new Set(["head", "style", "script", "title", "template"]);

/**
 * Spaces and tabs cut from the end. Not `/[ \t]+$/`: a regular expression retries at
 * every position of a run that is not at the end, which is quadratic in the run.
 */
function trimEndBlanks(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return text.slice(0, end);
}

export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = "";
  /** Blockquote depth of the text on the current line (taken when its first text arrives). */
  let lineDepth = 0;
  let depth = 0;
  let preformatted = 0;
  let hidden = 0;
  /** The current block shows only &nbsp;: Outlook's empty paragraph, a blank line (an empty <p></p> is none). */
  let blankHeld = false;
  /** Text since the last tag: the parser may hand over one run in pieces, and whitespace collapses across them. */
  let pending = "";

  const endLine = () => {
    const text = trimEndBlanks(line);
    lines.push(lineDepth > 0 ? trimEndBlanks(`${"> ".repeat(Math.min(lineDepth, MAX_QUOTE_MARKS))}${text}`) : text);
    line = "";
    lineDepth = depth;
    blankHeld = false;
  };
  const addText = (text: string) => {
    if (line === "") {
      lineDepth = depth;
      if (!preformatted) text = text.trimStart();
    }
    line += text;
  };
  const flushText = () => {
    const text = pending;
    pending = "";
    if (text === "" || hidden > 0) return;
    if (preformatted) {
      text.split(/\r?\n/).forEach((part, index) => {
        if (index > 0) endLine();
        addText(part);
      });
      return;
    }
    const collapsed = text.replace(/\s+/g, " ");
    if (collapsed !== " " || line !== "") addText(collapsed);
    else if (text.includes("\u00a0")) blankHeld = true;
  };
  /** A tag's effect on lines; `closing` for an end tag (implied ones included). */
  const onTag = (name: string, closing: boolean) => {
    flushText();
    if (HIDDEN_CONTENT.has(name)) hidden = Math.max(0, hidden + (closing ? -1 : 1));
    if ((name === "td" || name === "th") && !closing && line !== "") addText(" ");
    if (!BLOCK_ELEMENTS.has(name)) return;
    // <br> is a void element: the parser reports an end right after the start, which is no second break.
    if (name === "br" && closing) return;
    // A break ends the line even when empty (<br><br> is a blank line); other blocks only end text.
    if (name === "br" || line.trim() !== "" || blankHeld) endLine();
    if (name === "blockquote") depth = Math.max(0, depth + (closing ? -1 : 1));
    if (name === "pre") preformatted = Math.max(0, preformatted + (closing ? -1 : 1));
    if (line === "") lineDepth = depth;
  };

  const parser = new Parser(
    {
      ontext: (text) => {
        pending += text;
      },
      onopentag: (name) => onTag(name, false),
      onclosetag: (name) => onTag(name, true),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  flushText();
  if (line.trim() !== "") endLine();
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The start tags of our HTML pages as a browser reads them (htmlparser2: comments, quoted
 * attributes holding `>`, entities, upper-case names), for the build's page plugin and its
 * Content-Security-Policy check (webpack.config.js, scripts/csp-checks.ts). Pure: callers pass the HTML.
 */
import { Parser } from "htmlparser2";

/** A start tag, with its attributes as a browser reads them (names lower-cased, entities decoded). */
export interface Tag {
  name: string;
  attributes: Record<string, string>;
  /** Where it starts in the HTML. */
  at: number;
  /** The tag as written, for messages. */
  source: string;
}

/** The page's start tags named in `names`, in order. */
export function tagsOf(html: string, names: readonly string[]): Tag[] {
  const tags: Tag[] = [];
  const parser: Parser = new Parser({
    onopentag(name, attributes) {
      if (names.includes(name)) tags.push({ name, attributes, at: parser.startIndex, source: html.slice(parser.startIndex, parser.endIndex + 1) });
    },
  });
  parser.end(html);
  return tags;
}

/** What a page loads: its scripts' src and its links' href. */
export function pageReferences(html: string): Set<string> {
  const references = new Set<string>();
  for (const { name, attributes } of tagsOf(html, ["script", "link"])) {
    const reference = name === "script" ? attributes.src : attributes.href;
    if (reference !== undefined) references.add(reference);
  }
  return references;
}

export interface Preload {
  href: string;
  as: string;
  /** "low": the browser lets the page's other downloads go first (a script that runs after office.js). */
  fetchpriority?: "low";
}

/**
 * `html` with a <link rel="preload"> for each of `preloads` in front of its first <script>,
 * on lines of their own indented as that script is. fetch() asks in CORS mode, so a fetch
 * preload says crossorigin (or the file downloads twice); a priority is said as given.
 */
export function withPreloads(html: string, preloads: readonly Preload[]): string {
  if (preloads.length === 0) return html;
  const [firstScript] = tagsOf(html, ["script"]);
  if (!firstScript) throw new Error("a page with preloads needs a <script> to put them before");
  const at = firstScript.at;
  const before = html.slice(html.lastIndexOf("\n", at - 1) + 1, at);
  const indent = /^[ \t]*$/.test(before) ? before : "";
  const links = preloads.map(
    ({ href, as, fetchpriority }) =>
      `<link rel="preload" href="${href}" as="${as}"${as === "fetch" ? " crossorigin" : ""}${fetchpriority ? ` fetchpriority="${fetchpriority}"` : ""} />\n${indent}`,
  );
  return html.slice(0, at) + links.join("") + html.slice(at);
}

/**
 * Checks that a page we ship carries a strict Content-Security-Policy in a
 * <meta> element (static hosting cannot be trusted to send the header): every
 * script, stylesheet and preload the page loads is allowed, no other script may run, and plugins, <base>
 * and form posts are off. Pure: callers pass the HTML, so the build checks
 * dist/ and the tests feed mutated copies.
 */

import { tagsOf, type Tag } from "./page-tags";

export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * What office.js loads in turn: the host's script from its own folder (outlook-web-16.01.js,
 * outlook-win32-16.02.js…, with locale strings and telemetry scripts beside it), and that script
 * MicrosoftAjax.js from the ASP.NET CDN. Its telemetry posts (*.pipe.aria.microsoft.com) are
 * connect-src requests the pages leave blocked: the add-in works without them.
 */
export const OFFICE_JS_LOADS = [
  "https://appsforoffice.microsoft.com/lib/1/hosted/outlook-web-16.01.js",
  "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
];

export type Csp = Map<string, string[]>;

/** Directive name → its sources, as written; the first occurrence of a directive wins (CSP §2.2.1). */
export function parseCsp(text: string): Csp {
  const csp: Csp = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), sources);
  }
  return csp;
}

/** The sources that govern `directive`: its own, else default-src's. */
function effective(csp: Csp, directive: string): string[] | undefined {
  return csp.get(directive) ?? csp.get("default-src");
}

/** What each kind of <link rel="preload" as=…> is fetched as, by the directive that governs it. */
const PRELOAD_DIRECTIVES: Record<string, string> = { script: "script-src", style: "style-src", fetch: "connect-src", image: "img-src", font: "font-src" };

/** Preloads fetched with CORS whatever their attribute says: fetch() and fonts. */
const CORS_PRELOADS = ["fetch", "font"];

function isLink(tag: Tag, rel: string): boolean {
  return tag.name === "link" && (tag.attributes.rel ?? "").toLowerCase().split(/\s+/).includes(rel);
}

/** Whether a host-source such as `https://host/path/` (a trailing slash allows everything under it) covers `url`. */
function sourceAllows(source: string, url: URL): boolean {
  let allowed: URL;
  try {
    allowed = new URL(source);
  } catch {
    return false;
  }
  if (allowed.protocol !== url.protocol || allowed.host !== url.host) return false;
  return allowed.pathname.endsWith("/") ? url.pathname.startsWith(allowed.pathname) : url.pathname === allowed.pathname;
}

function allows(sources: readonly string[], src: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith("//")) return sources.includes("'self'");
  const url = new URL(src, "https://page.invalid/");
  return sources.some((source) => sourceAllows(source, url));
}

/** Sources that would let injected or foreign script run. */
const UNSAFE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "*", "https:", "http:", "data:", "blob:"];

const MUST_BE_NONE = ["object-src", "base-uri", "form-action"];

/** What is wrong with `html`'s Content-Security-Policy; empty when nothing. `page` names it in the messages. */
export function cspProblems(page: string, html: string): string[] {
  const tags = tagsOf(html, ["meta", "script", "link", "style"]);
  const metaIndex = tags.findIndex((tag) => tag.name === "meta" && (tag.attributes["http-equiv"] ?? "").toLowerCase() === "content-security-policy");
  if (metaIndex < 0) return [`${page} has no <meta http-equiv="Content-Security-Policy">`];
  const problems: string[] = [];
  const firstResource = tags.findIndex((tag) => tag.name !== "meta");
  if (firstResource >= 0 && firstResource < metaIndex) {
    problems.push(`${page}: the Content-Security-Policy <meta> must come before ${tags[firstResource].source} (it only governs what follows it)`);
  }
  const csp = parseCsp(tags[metaIndex].attributes.content ?? "");
  if (!csp.has("default-src")) problems.push(`${page}: the Content-Security-Policy has no default-src`);
  for (const directive of MUST_BE_NONE) {
    const sources = directive === "object-src" ? effective(csp, directive) : csp.get(directive);
    if (!sources || sources.join(" ") !== "'none'") problems.push(`${page}: ${directive} must be 'none'`);
  }
  const scriptSources = effective(csp, "script-src") ?? [];
  for (const source of scriptSources) {
    if (UNSAFE_SCRIPT_SOURCES.includes(source.toLowerCase())) problems.push(`${page}: script-src must not allow ${source}`);
  }
  for (const tag of tags.filter((t) => t.name === "script")) {
    const src = tag.attributes.src;
    if (src === undefined) problems.push(`${page}: inline <script> is blocked by its Content-Security-Policy; load a file instead`);
    else if (!allows(scriptSources, src)) problems.push(`${page}: script-src does not allow ${src}`);
    if (src !== OFFICE_JS_URL) continue;
    for (const loaded of OFFICE_JS_LOADS) {
      if (!allows(scriptSources, loaded)) problems.push(`${page}: script-src must allow ${loaded} (office.js loads it)`);
    }
  }
  const imageSources = effective(csp, "img-src") ?? [];
  for (const tag of tags.filter((t) => isLink(t, "icon"))) {
    const href = tag.attributes.href;
    if (href !== undefined && !allows(imageSources, href)) problems.push(`${page}: img-src does not allow the icon ${href}`);
  }
  const styleSources = effective(csp, "style-src") ?? [];
  for (const tag of tags.filter((t) => isLink(t, "stylesheet"))) {
    const href = tag.attributes.href;
    if (href !== undefined && !allows(styleSources, href)) problems.push(`${page}: style-src does not allow ${href}`);
  }
  for (const tag of tags.filter((t) => isLink(t, "preload"))) {
    const href = tag.attributes.href ?? "";
    const as = (tag.attributes.as ?? "").toLowerCase();
    const directive = PRELOAD_DIRECTIVES[as];
    if (!directive) problems.push(`${page}: the preload ${href} needs as= one of ${Object.keys(PRELOAD_DIRECTIVES).join(", ")}`);
    else if (!allows(effective(csp, directive) ?? [], href)) problems.push(`${page}: ${directive} does not allow the preload ${href}`);
    // fetch() and fonts ask in CORS mode without credentials: a preload asked otherwise is not
    // what they find, and the file downloads twice.
    const crossorigin = tag.attributes.crossorigin;
    if (CORS_PRELOADS.includes(as) && (crossorigin === undefined || !["", "anonymous"].includes(crossorigin.toLowerCase()))) {
      problems.push(`${page}: the ${as} preload ${href} needs crossorigin (anonymous), or it downloads again`);
    }
  }
  return problems;
}

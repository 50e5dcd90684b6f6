// The pages in public/ (the support page the manifest points to, the user guide the pane
// links to) go into the build as they are (webpack.config.js emits them), except that `{{helpDesk:en}}` and
// `{{helpDesk:ja}}` become the organisation's help desk from config/support.json. These are
// build settings, not policy: the pages are static files (no script may run on them), and
// the policy stays what the send check reads (DESIGN §2).
import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";

const LOCALES = ["en", "ja"];
const KEYS = ["name", "email", "url"];
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** The labels of the contact lines, per language. */
const LABELS = { en: { email: "Mail", url: "Web" }, ja: { email: "メール", url: "Web" } };

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Reads and checks config/support.json: `name` per locale (required), `email` and `url`
 * (optional). Each problem names its key.
 */
export function loadSupportSettings(file) {
  let value;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return { ok: false, problems: [`cannot read it: ${error.message}`] };
  }
  const problems = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, problems: ["expected an object"] };
  for (const key of Object.keys(value)) if (!KEYS.includes(key)) problems.push(`${key}: unknown key (expected one of: ${KEYS.join(", ")})`);
  for (const locale of LOCALES) {
    const name = value.name?.[locale];
    if (typeof name !== "string" || name.trim() === "") problems.push(`name.${locale}: expected the help desk's name in ${locale}`);
  }
  if (value.email !== undefined && (typeof value.email !== "string" || !/^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/.test(value.email))) {
    problems.push("email: expected one address such as helpdesk@example.co.jp");
  }
  if (value.url !== undefined && (typeof value.url !== "string" || !/^https:\/\/[^\s"<>]+$/.test(value.url))) {
    problems.push("url: expected an https:// address");
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, settings: value };
}

/** The help desk's name, mail and web address as HTML, one per line. */
function helpDeskHtml(settings, locale) {
  const lines = [`<strong>${escapeHtml(settings.name[locale])}</strong>`];
  if (settings.email) lines.push(`${LABELS[locale].email}: <a href="mailto:${escapeHtml(settings.email)}">${escapeHtml(settings.email)}</a>`);
  if (settings.url) lines.push(`${LABELS[locale].url}: <a href="${escapeHtml(settings.url)}">${escapeHtml(settings.url)}</a>`);
  return lines.join("<br>\n");
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * Every file of `fromDir` as the build writes it: `{ name, content }` (a posix path and a
 * Buffer), pages with their placeholders filled, and the problems (unknown placeholders).
 */
export function staticPages(fromDir, settings) {
  const values = Object.fromEntries(LOCALES.map((locale) => [`helpDesk:${locale}`, helpDeskHtml(settings, locale)]));
  const problems = [];
  const files = listFiles(fromDir).map((file) => {
    const name = relative(fromDir, file).split("\\").join("/");
    const bytes = readFileSync(file);
    if (!name.endsWith(".html")) return { name, content: bytes };
    const html = bytes.toString("utf8").replace(PLACEHOLDER, (whole, key) => {
      if (key in values) return values[key];
      problems.push(`${basename(fromDir)}/${name}: unknown placeholder ${whole} (known: ${Object.keys(values).map((k) => `{{${k}}}`).join(", ")})`);
      return whole;
    });
    return { name, content: Buffer.from(html) };
  });
  return { files, problems };
}

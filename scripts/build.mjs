// `npm run build [-- --env publicUrl=https://host/path]` writes dist/ (DESIGN.md §5):
// the event script and page, the task pane, the playground, the CLI, the policy and
// its JSON Schema, the icons, the user guide and help pages, and the manifest with every
// URL under publicUrl and package.json's version.
// `--env production` leaves out what only developers use (the playground, the CLI): it is
// what scripts/package.mjs ships. `--env manifestId=GUID` gives the manifest another add-in
// Id (a pilot deployment beside the main one); `--env outDir=FOLDER` writes elsewhere than dist/.
// Entries not written yet are skipped with a notice; once present, any error fails the build.
import { build as esbuild, transformSync } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { importTs } from "./import-ts.mjs";
import publicSuffixList from "./public-suffix-list.cjs";
import { copyStaticPages, loadSupportSettings } from "./static-pages.mjs";
import surnameReadings from "./surname-readings.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
/** esbuild metafiles, read by scripts/size.mjs to name what makes a bundle big. Not deployed. */
export const META_DIR = join(root, ".cache/build-meta");

/** The URL base in the source manifest.xml; the build replaces it with publicUrl. */
export const DEFAULT_PUBLIC_URL = "https://localhost:3000";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The help desk the user guide and the support page name (scripts/static-pages.mjs). */
const SUPPORT_SETTINGS = "config/support.json";

// classic Outlook on Windows runs launchevent.js as ES2016 without a DOM, as one classic script.
// Its ES2017+ polyfills go first as a banner: esbuild's helpers capture built-ins before any module runs.
// A banner is copied as is, so it is minified here (its comments were 0.5 KB of the 40 KB budget).
const EVENT_RUNTIME = {
  format: "iife",
  target: "es2016",
  platform: "browser",
  banner: { js: transformSync(readFileSync(join(root, "src/launchevent/polyfills.js"), "utf8"), { minify: true, target: "es5" }).code },
};
// The pane runs in Edge WebView2, Safari (Mac) or a current browser (Outlook on the web).
const PANE = { format: "iife", target: "es2020", platform: "browser", charset: "utf8" };

/**
 * What the build bundles: one row per page. `html` is the template, copied as is; it must
 * load the bundle and what esbuild writes beside it (taskpane.css for the pane's imported
 * stylesheet) by relative path, office.js from the CDN when `officeJs`, and anything in `loads`.
 * `developerOnly` rows are left out of a production build. Add a row for a new page.
 */
const ENTRIES = [
  {
    entry: "src/launchevent/index.ts",
    outfile: "launchevent.js",
    html: { from: "src/launchevent/launchevent.html", to: "launchevent.html" },
    officeJs: true,
    options: EVENT_RUNTIME,
  },
  {
    entry: "src/taskpane/index.tsx",
    outfile: "taskpane.js",
    html: { from: "src/taskpane/taskpane.html", to: "taskpane.html" },
    officeJs: true,
    options: PANE,
  },
  {
    entry: "src/playground/index.tsx",
    outfile: "playground/playground.js",
    html: { from: "src/playground/playground.html", to: "playground/index.html" },
    officeJs: false,
    developerOnly: true,
    options: PANE,
  },
  {
    // The real pane bundle (../taskpane.js) with the playground's fake Outlook host instead of office.js.
    entry: "src/playground/pane-host.ts",
    outfile: "playground/pane-host.js",
    html: { from: "src/playground/pane.html", to: "playground/pane.html" },
    officeJs: false,
    loads: ["../taskpane.js", "../taskpane.css"],
    developerOnly: true,
    options: PANE,
  },
];

class BuildError extends Error {}

/** `--env` settings as webpack takes them: `key=value` for these, a bare word for a flag. */
const VALUE_SETTINGS = ["publicUrl", "manifestId", "outDir"];
const FLAG_SETTINGS = ["production"];
const USAGE = "usage: npm run build -- [--env publicUrl=https://host/path] [--env manifestId=GUID] [--env outDir=FOLDER] [--env production]";

/** `--env publicUrl=…` (as webpack takes it), `--env=publicUrl=…`, `--publicUrl=…` or `--publicUrl …`. */
export function parseBuildArgs(argv) {
  const settings = {};
  const set = (pair, option) => {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (eq < 0 && FLAG_SETTINGS.includes(key)) settings[key] = true;
    else if (eq >= 0 && VALUE_SETTINGS.includes(key)) settings[key] = pair.slice(eq + 1);
    else throw new BuildError(`${option} ${pair}: expected publicUrl=https://…, manifestId=GUID, outDir=FOLDER or production`);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--env" || arg === "--publicUrl") {
      if (i + 1 >= argv.length) throw new BuildError(`${arg} needs a value`);
      set(arg === "--env" ? argv[++i] : `publicUrl=${argv[++i]}`, arg);
    } else if (arg.startsWith("--env=")) {
      set(arg.slice("--env=".length), "--env");
    } else if (arg.startsWith("--publicUrl=")) {
      set(arg.slice(2), "--publicUrl");
    } else {
      throw new BuildError(`unknown option ${arg} (${USAGE})`);
    }
  }
  return settings;
}

/** Outlook loads add-in pages only over https, so anything else is refused. No trailing slash. */
function normalizePublicUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new BuildError(`publicUrl ${JSON.stringify(text)} is not a URL (expected https://host/path)`);
  }
  if (url.protocol !== "https:") {
    throw new BuildError(`publicUrl ${text} must use https:// (Outlook loads add-in pages only over https)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new BuildError(`publicUrl ${text} must be a plain https://host/path, without query, fragment or credentials`);
  }
  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/** The manifest's <Id> is a GUID (its XML Schema says so); a pilot manifest needs one of its own. */
function checkManifestId(id) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new BuildError(`manifestId ${JSON.stringify(id)} is not a GUID (make one with: node -e "console.log(crypto.randomUUID())")`);
  }
  return id.toLowerCase();
}

/** package.json's version as the manifest writes it: four numbers, no pre-release tag. */
export function manifestVersion(packageVersion) {
  const parts = packageVersion.replace(/[-+].*$/, "").split(".");
  return [...parts, "0", "0", "0"].slice(0, 4).join(".");
}

async function bundleEntry(row, out, define, notices) {
  const entry = join(root, row.entry);
  if (!existsSync(entry)) {
    notices.push(`skipped ${row.entry} (not written yet)`);
    return;
  }
  const template = join(root, row.html.from);
  if (!existsSync(template)) throw new BuildError(`${row.html.from} is missing: ${row.entry} needs its page template`);
  const outfile = join(out, row.outfile);
  const result = await esbuild({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    define,
    metafile: true,
    logLevel: "silent",
    ...row.options,
  });
  for (const warning of result.warnings) notices.push(`warning: ${row.entry}: ${warning.text}`);
  mkdirSync(META_DIR, { recursive: true });
  writeFileSync(join(META_DIR, `${basename(row.outfile)}.json`), JSON.stringify(result.metafile));
  const html = readFileSync(template, "utf8");
  const needed = Object.keys(result.metafile.outputs).map((out) => basename(out));
  if (row.officeJs) needed.push(OFFICE_JS_URL);
  needed.push(...(row.loads ?? []));
  for (const reference of needed) {
    if (!html.includes(reference)) throw new BuildError(`${row.html.from} must load ${reference}`);
  }
  const page = join(out, row.html.to);
  mkdirSync(dirname(page), { recursive: true });
  writeFileSync(page, html);
}

/** Validates the embedded policy (the handler falls back to it) and writes the schema editors use. */
async function writePolicy(out) {
  const { parsePolicy, policyJsonSchema } = await importTs(join(root, "src/check/index.ts"));
  const text = readFileSync(join(root, "config/policy.json"), "utf8");
  const parsed = parsePolicy(JSON.parse(text));
  if (!parsed.ok) throw new BuildError(`config/policy.json is invalid:\n  ${parsed.errors.join("\n  ")}`);
  writeFileSync(join(out, "policy.json"), text);
  writeFileSync(join(out, "policy.schema.json"), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
}

async function buildCliIfPresent(out, notices) {
  const script = join(root, "scripts/build-cli.mjs");
  if (!existsSync(script) || !existsSync(join(root, "src/cli/index.ts"))) {
    notices.push("skipped the CLI (scripts/build-cli.mjs or src/cli/index.ts not written yet)");
    return;
  }
  const { buildCli } = await import(pathToFileURL(script).href);
  await buildCli(out);
}

/**
 * Classic Outlook on Windows fetches policy.json from the event runtime only if the origin
 * lists launchevent.js here (a CORS request from the JavaScript-only runtime).
 */
function writeWellKnown(out, publicUrl, notices) {
  const file = join(out, ".well-known/microsoft-officeaddins-allowed.json");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ allowed: [`${publicUrl}/launchevent.js`] }, null, 2)}\n`);
  if (new URL(publicUrl).pathname !== "/") {
    notices.push(`serve ${folderName(out)}/.well-known/ at ${new URL(publicUrl).origin}/.well-known/ (the origin root), not under ${publicUrl}`);
  }
}

/** Every page we ship carries its own strict Content-Security-Policy (scripts/csp-checks.ts). */
async function checkPagesCsp(out) {
  const { cspProblems } = await importTs(join(root, "scripts/csp-checks.ts"));
  const problems = listFiles(out)
    .filter((file) => file.endsWith(".html"))
    .flatMap((file) => cspProblems(relative(out, file).split("\\").join("/"), readFileSync(file, "utf8")));
  if (problems.length > 0) throw new BuildError(problems.join("\n"));
}

/** The source manifest with the URL base, the version (package.json's) and, for a pilot, the Id replaced. */
function writeManifest(out, { publicUrl, version, manifestId }) {
  let xml = readFileSync(join(root, "manifest.xml"), "utf8").split(DEFAULT_PUBLIC_URL).join(publicUrl);
  const replaceOnce = (pattern, text, what) => {
    if ((xml.match(pattern) ?? []).length !== 1) throw new BuildError(`manifest.xml must have exactly one ${what}`);
    xml = xml.replace(pattern, text);
  };
  replaceOnce(/<Version>[^<]*<\/Version>/g, `<Version>${version}</Version>`, "<Version>");
  if (manifestId) replaceOnce(/<Id>[^<]*<\/Id>/g, `<Id>${manifestId}</Id>`, "<Id>");
  writeFileSync(join(out, "manifest.xml"), xml);
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? listFiles(path) : [path];
  });
}

/** How messages name the output folder: relative inside the project (dist), else in full. */
function folderName(out) {
  return out.startsWith(root + sep) ? relative(root, out) : out;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function summary(out, publicUrl, seconds) {
  const rows = [];
  let icons = 0;
  for (const file of listFiles(out).sort()) {
    const name = relative(out, file).split("\\").join("/");
    if (name.startsWith("assets/")) {
      icons++;
      continue;
    }
    const bytes = readFileSync(file);
    rows.push([name, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length)]);
  }
  rows.push([`assets/ (${icons} files)`, "", ""]);
  const width = Math.max(...rows.map((r) => r[0].length));
  const lines = rows.map(([name, raw, gz]) => `  ${name.padEnd(width)}  ${raw.padStart(9)}  ${gz.padStart(9)}`.trimEnd());
  return [`${folderName(out)}/ for ${publicUrl} in ${seconds.toFixed(1)} s`, `  ${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}`, ...lines].join("\n");
}

export async function buildAll({ publicUrl = DEFAULT_PUBLIC_URL, manifestId, outDir = dist, production = false, log = console.log } = {}) {
  const started = performance.now();
  const base = normalizePublicUrl(publicUrl);
  const id = manifestId === undefined ? undefined : checkManifestId(manifestId);
  const out = resolve(root, outDir);
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const suffixList = publicSuffixList.publicSuffixListText();
  const suffixListFile = `public-suffix-list.${suffixList.hash}.txt`;
  const surnames = surnameReadings.surnameReadingsText();
  const surnamesFile = `surname-readings.${surnames.hash}.txt`;
  const define = {
    __PRESEND_PUBLIC_URL__: JSON.stringify(base),
    __PRESEND_VERSION__: JSON.stringify(pkg.version),
    __PRESEND_SUFFIX_LIST__: JSON.stringify(suffixListFile),
    __PRESEND_SURNAME_READINGS__: JSON.stringify(surnamesFile),
    "process.env.NODE_ENV": JSON.stringify("production"),
  };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const notices = [];
  await Promise.all([
    ...ENTRIES.filter((row) => !(production && row.developerOnly)).map((row) => bundleEntry(row, out, define, notices)),
    writePolicy(out),
    ...(production ? [] : [buildCliIfPresent(out, notices)]),
  ]);
  cpSync(join(root, "assets"), join(out, "assets"), { recursive: true });
  // Data, not code: the handler and the pane fetch them beside the policy (src/office/suffix-source.ts, surname-source.ts).
  writeFileSync(join(out, suffixListFile), suffixList.text);
  writeFileSync(join(out, surnamesFile), surnames.text);
  const support = loadSupportSettings(join(root, SUPPORT_SETTINGS));
  if (!support.ok) throw new BuildError(`${SUPPORT_SETTINGS} is invalid:\n  ${support.problems.join("\n  ")}`);
  const pageProblems = copyStaticPages(join(root, "public"), out, support.settings);
  if (pageProblems.length > 0) throw new BuildError(pageProblems.join("\n"));
  writeWellKnown(out, base, notices);
  writeManifest(out, { publicUrl: base, version: manifestVersion(pkg.version), manifestId: id });
  await checkPagesCsp(out);
  for (const notice of notices) log(notice);
  log(summary(out, base, (performance.now() - started) / 1000));
  return { publicUrl: base, outDir: out };
}

/** esbuild failures list file:line:column per error; our own errors are one clear sentence. */
function describeError(error) {
  if (error.errors?.length) {
    return error.errors
      .map((e) => (e.location ? `${e.location.file}:${e.location.line}:${e.location.column}: ${e.text}` : e.text))
      .join("\n");
  }
  return error instanceof BuildError ? error.message : error.stack;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildAll(parseBuildArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`build failed: ${describeError(error)}`);
    process.exitCode = 1;
  }
}

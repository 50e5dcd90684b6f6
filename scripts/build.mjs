// `npm run build [-- --env publicUrl=https://host/path]` writes dist/ (DESIGN.md §5):
// the event script and page, the task pane, the playground, the CLI, the policy and
// its JSON Schema, the icons and the manifest with every URL under publicUrl.
// Entries not written yet are skipped with a notice; once present, any error fails the build.
import { build as esbuild, transformSync } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { importTs } from "./import-ts.mjs";
import publicSuffixList from "./public-suffix-list.cjs";
import surnameReadings from "./surname-readings.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
/** esbuild metafiles, read by scripts/size.mjs to name what makes a bundle big. Not deployed. */
export const META_DIR = join(root, ".cache/build-meta");

/** The URL base in the source manifest.xml; the build replaces it with publicUrl. */
export const DEFAULT_PUBLIC_URL = "https://localhost:3000";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

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
const PANE = { format: "iife", target: "es2020", platform: "browser" };

/**
 * What the build bundles: one row per page. `html` is the template, copied as is; it must
 * load the bundle and what esbuild writes beside it (taskpane.css for the pane's imported
 * stylesheet) by relative path, office.js from the CDN when `officeJs`, and anything in `loads`.
 * Add a row for a new page.
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
    options: PANE,
  },
  {
    // The real pane bundle (../taskpane.js) with the playground's fake Outlook host instead of office.js.
    entry: "src/playground/pane-host.ts",
    outfile: "playground/pane-host.js",
    html: { from: "src/playground/pane.html", to: "playground/pane.html" },
    officeJs: false,
    loads: ["../taskpane.js", "../taskpane.css"],
    options: PANE,
  },
];

class BuildError extends Error {}

/** `--env publicUrl=…` (as webpack takes it), `--env=publicUrl=…`, `--publicUrl=…` or `--publicUrl …`. */
function parseBuildArgs(argv) {
  const settings = {};
  const set = (pair, option) => {
    const eq = pair.indexOf("=");
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key !== "publicUrl" || eq < 0) throw new BuildError(`${option} ${pair}: expected publicUrl=https://…`);
    settings.publicUrl = pair.slice(eq + 1);
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
      throw new BuildError(`unknown option ${arg} (usage: npm run build -- --env publicUrl=https://host/path)`);
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

async function bundleEntry(row, define, notices) {
  const entry = join(root, row.entry);
  if (!existsSync(entry)) {
    notices.push(`skipped ${row.entry} (not written yet)`);
    return;
  }
  const template = join(root, row.html.from);
  if (!existsSync(template)) throw new BuildError(`${row.html.from} is missing: ${row.entry} needs its page template`);
  const outfile = join(dist, row.outfile);
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
  const page = join(dist, row.html.to);
  mkdirSync(dirname(page), { recursive: true });
  writeFileSync(page, html);
}

/** Validates the embedded policy (the handler falls back to it) and writes the schema editors use. */
async function writePolicy() {
  const { parsePolicy, policyJsonSchema } = await importTs(join(root, "src/policy/index.ts"));
  const text = readFileSync(join(root, "config/policy.json"), "utf8");
  const parsed = parsePolicy(JSON.parse(text));
  if (!parsed.ok) throw new BuildError(`config/policy.json is invalid:\n  ${parsed.errors.join("\n  ")}`);
  writeFileSync(join(dist, "policy.json"), text);
  writeFileSync(join(dist, "policy.schema.json"), `${JSON.stringify(policyJsonSchema(), null, 2)}\n`);
}

async function buildCliIfPresent(notices) {
  const script = join(root, "scripts/build-cli.mjs");
  if (!existsSync(script) || !existsSync(join(root, "src/cli/index.ts"))) {
    notices.push("skipped the CLI (scripts/build-cli.mjs or src/cli/index.ts not written yet)");
    return;
  }
  const { buildCli } = await import(pathToFileURL(script).href);
  await buildCli();
}

/**
 * Classic Outlook on Windows fetches policy.json from the event runtime only if the origin
 * lists launchevent.js here (a CORS request from the JavaScript-only runtime).
 */
function writeWellKnown(publicUrl, notices) {
  const file = join(dist, ".well-known/microsoft-officeaddins-allowed.json");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ allowed: [`${publicUrl}/launchevent.js`] }, null, 2)}\n`);
  if (new URL(publicUrl).pathname !== "/") {
    notices.push(`serve dist/.well-known/ at ${new URL(publicUrl).origin}/.well-known/ (the origin root), not under ${publicUrl}`);
  }
}

/** Every page we ship carries its own strict Content-Security-Policy (scripts/csp-checks.ts). */
async function checkPagesCsp() {
  const { cspProblems } = await importTs(join(root, "scripts/csp-checks.ts"));
  const problems = listFiles(dist)
    .filter((file) => file.endsWith(".html"))
    .flatMap((file) => cspProblems(relative(dist, file).split("\\").join("/"), readFileSync(file, "utf8")));
  if (problems.length > 0) throw new BuildError(problems.join("\n"));
}

function writeManifest(publicUrl) {
  const source = readFileSync(join(root, "manifest.xml"), "utf8");
  writeFileSync(join(dist, "manifest.xml"), source.split(DEFAULT_PUBLIC_URL).join(publicUrl));
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? listFiles(path) : [path];
  });
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function summary(publicUrl, seconds) {
  const rows = [];
  let icons = 0;
  for (const file of listFiles(dist).sort()) {
    const name = relative(dist, file).split("\\").join("/");
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
  return [`dist/ for ${publicUrl} in ${seconds.toFixed(1)} s`, `  ${"file".padEnd(width)}  ${"raw".padStart(9)}  ${"gzip".padStart(9)}`, ...lines].join("\n");
}

export async function buildAll({ publicUrl = DEFAULT_PUBLIC_URL, log = console.log } = {}) {
  const started = performance.now();
  const base = normalizePublicUrl(publicUrl);
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
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const notices = [];
  await Promise.all([
    ...ENTRIES.map((row) => bundleEntry(row, define, notices)),
    writePolicy(),
    buildCliIfPresent(notices),
  ]);
  cpSync(join(root, "assets"), join(dist, "assets"), { recursive: true });
  // Data, not code: the handler and the pane fetch them beside the policy (src/office/suffix-source.ts, surname-source.ts).
  writeFileSync(join(dist, suffixListFile), suffixList.text);
  writeFileSync(join(dist, surnamesFile), surnames.text);
  if (existsSync(join(root, "public"))) cpSync(join(root, "public"), dist, { recursive: true });
  writeWellKnown(base, notices);
  writeManifest(base);
  await checkPagesCsp();
  for (const notice of notices) log(notice);
  log(summary(base, (performance.now() - started) / 1000));
  return { publicUrl: base };
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

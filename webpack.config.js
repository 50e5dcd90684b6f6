// `npm run build [-- --env publicUrl=https://host/path]` writes dist/ (DESIGN.md §5) with
// webpack 5, as Microsoft's Office add-in templates build; esbuild-loader does the
// TypeScript/JSX transforms and the minifying so a cold build stays in seconds.
// Three configurations: the event script (one ES2016 classic script for classic Outlook),
// the task pane with the playground (ES2020: Edge WebView2, Safari, current browsers) and
// the command line (Node). The event-script configuration also writes the files that are
// not bundles: policy.json and its schema, the Public Suffix List and the surname table,
// the manifest with every URL under publicUrl and package.json's version, .well-known/,
// the icons and the help pages of public/ (filled from config/support.json).
// `--env production` leaves out what only developers use (the playground, the CLI): it is
// what scripts/package.mjs ships. `--env manifestId=GUID` gives the manifest another add-in
// Id (a pilot deployment beside the main one); `--env outDir=FOLDER` writes elsewhere than dist/.
// `npm start` serves the same build from memory with webpack-dev-server (webpack serve).
"use strict";
const { existsSync, readdirSync, readFileSync, rmSync, mkdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const acorn = require("acorn");
const { transformSync } = require("esbuild");
const { EsbuildPlugin } = require("esbuild-loader");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const webpack = require("webpack");
const publicSuffixList = require("./scripts/public-suffix-list.cjs");
const surnameReadings = require("./scripts/surname-readings.cjs");
const { BUDGETS, budgetedBytes } = require("./scripts/budgets.cjs");

const root = __dirname;
const dist = path.join(root, "dist");
/** What each bundle is made of, read by scripts/size.mjs to name what makes a bundle big. Not deployed. */
const META_DIR = path.join(root, ".cache/build-meta");
/** publicUrl when none is given: the source manifest's own URL base (SOURCE_BASE in scripts/manifest-checks.ts). */
const DEFAULT_PUBLIC_URL = "https://localhost:3000";
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The help desk the user guide and the support page name (scripts/static-pages.mjs). */
const SUPPORT_SETTINGS = "config/support.json";
const { RawSource } = webpack.sources;

/** A refused setting: one clear sentence, without a stack (webpack-cli prints the stack). */
class BuildError extends Error {
  constructor(message) {
    super(message);
    this.name = "BuildError";
    this.stack = message;
  }
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
function manifestVersion(packageVersion) {
  const parts = packageVersion.replace(/[-+].*$/, "").split(".");
  return [...parts, "0", "0", "0"].slice(0, 4).join(".");
}

const USAGE = "usage: npm run build -- [--env publicUrl=https://host/path] [--env manifestId=GUID] [--env outDir=FOLDER] [--env production]";
/** Settings given as `--env key=value`; `production` (and `https`, for npm start) are flags. */
const VALUE_SETTINGS = { publicUrl: "https://…", manifestId: "GUID", outDir: "FOLDER" };
const FLAG_SETTINGS = ["production", "https"];

/**
 * `--env` as webpack-cli hands it over (`key=value` a string, a bare `key` true); its own WEBPACK_* keys pass.
 * HTTPS for `npm start` is `--env https` or webpack-dev-server 5's own `--server-type https` (its
 * replacement for the `--https` of version 4 that Microsoft's templates used): either serves with
 * the Office dev certificate, not the self-signed one webpack-dev-server would make.
 */
function readEnv(env = {}, argv = {}) {
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith("WEBPACK_")) continue;
    if (key in VALUE_SETTINGS) {
      if (typeof value !== "string" || value === "") throw new BuildError(`--env ${key}: expected ${key}=${VALUE_SETTINGS[key]} (${USAGE})`);
    } else if (FLAG_SETTINGS.includes(key)) {
      if (value !== true) throw new BuildError(`--env ${key}=${value}: ${key} is a flag, given as --env ${key} (${USAGE})`);
    } else {
      throw new BuildError(`--env ${key}: unknown setting (${USAGE})`);
    }
  }
  return {
    publicUrl: normalizePublicUrl(env.publicUrl ?? DEFAULT_PUBLIC_URL),
    manifestId: env.manifestId === undefined ? undefined : checkManifestId(env.manifestId),
    outDir: path.resolve(root, env.outDir ?? dist),
    production: env.production === true,
    https: env.https === true || argv.serverType === "https",
  };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const file = path.join(dir, item.name);
    return item.isDirectory() ? listFiles(file) : [file];
  });
}

const toPosix = (file) => file.split(path.sep).join("/");

/**
 * TypeScript and JSX through esbuild, module by module. Browser bundles keep their syntax
 * here ("esnext") and are lowered once, whole, by the minifier (EsbuildPlugin at the
 * configuration's target, dependencies included): lowering each module apart would copy
 * esbuild's helpers (object spread, async) into every module that needs one. Dependencies
 * are published as JavaScript: webpack parses them as they are (running each through
 * esbuild too cost seconds of a cold build for nothing).
 */
function scriptRule(target) {
  return {
    test: /\.[cm]?[jt]sx?$/,
    exclude: /node_modules/,
    loader: "esbuild-loader",
    options: { target, charset: "utf8" },
  };
}

/**
 * Writes each page from its template, as is but for `preloads`. A template must load, by
 * relative path, every file its bundle writes (taskpane.css beside taskpane.js), office.js
 * from the CDN when `officeJs`, and anything in `loads`. Then every page of the compilation
 * must carry its strict Content-Security-Policy (scripts/csp-checks.ts).
 *
 * `preloads` ({ href, as }, href relative to the page) become <link rel="preload"> before the
 * page's first script: a <meta> Content-Security-Policy stops Chromium's preload scanner, so
 * without them each file is asked for only when the one before it has run (office.js, then
 * launchevent.js, then what the script fetches). A fetch preload is CORS, as fetch() is, or
 * the script's request would not find it and download the file again.
 */
class PagesPlugin {
  /** `html`: the pages' readers (scripts/page-tags.ts) and their CSP check (scripts/csp-checks.ts). */
  constructor(pages, html) {
    this.pages = pages;
    this.html = html;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PresendPages", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PresendPages", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const page of this.pages) {
          const template = path.join(root, page.from);
          compilation.fileDependencies.add(template);
          if (!existsSync(template)) {
            compilation.errors.push(new webpack.WebpackError(`${page.from} is missing: entry ${page.entry} needs its page template`));
            continue;
          }
          const html = readFileSync(template, "utf8");
          const references = this.html.pageReferences(html);
          const chunk = compilation.namedChunks.get(page.entry);
          const files = chunk ? [...chunk.files, ...chunk.auxiliaryFiles] : [];
          const needed = files.map((file) => path.posix.relative(path.posix.dirname(page.to), file));
          if (page.officeJs) needed.push(OFFICE_JS_URL);
          needed.push(...(page.loads ?? []));
          for (const reference of needed) {
            if (!references.has(reference)) compilation.errors.push(new webpack.WebpackError(`${page.from} must load ${reference}`));
          }
          compilation.emitAsset(page.to, new RawSource(this.html.withPreloads(html, page.preloads ?? [])));
        }
      });
      compilation.hooks.processAssets.tap({ name: "PresendCsp", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const name of Object.keys(assets).filter((file) => file.endsWith(".html"))) {
          for (const problem of this.html.cspProblems(name, assets[name].source().toString())) {
            compilation.errors.push(new webpack.WebpackError(problem));
          }
        }
      });
    });
  }
}

/**
 * The files beside the bundles: the policy (validated: the handler falls back to the copy
 * built into it) and its JSON Schema, the data files the handler and the pane fetch, the
 * manifest and .well-known/ for publicUrl, the icons and the help pages.
 */
class SiteFilesPlugin {
  constructor({ settings, version, dataFiles, policy, manifest, staticPages }) {
    this.settings = settings;
    this.manifest = manifest;
    this.version = version;
    this.dataFiles = dataFiles;
    this.policy = policy;
    this.staticPages = staticPages;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PresendSiteFiles", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PresendSiteFiles", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const fail = (message) => compilation.errors.push(new webpack.WebpackError(message));
        const read = (file) => {
          compilation.fileDependencies.add(path.join(root, file));
          return readFileSync(path.join(root, file));
        };
        const { publicUrl, manifestId, outDir } = this.settings;

        const text = read("config/policy.json").toString("utf8");
        let parsed;
        try {
          parsed = this.policy.parsePolicy(JSON.parse(text));
        } catch (error) {
          parsed = { ok: false, errors: [error.message] };
        }
        const problems = [...this.policy.duplicateKeys(text), ...(parsed.ok ? [] : parsed.errors)];
        if (problems.length > 0) fail(`config/policy.json is invalid:\n  ${problems.join("\n  ")}`);
        compilation.emitAsset("policy.json", new RawSource(text));
        compilation.emitAsset("policy.schema.json", new RawSource(`${JSON.stringify(this.policy.policyJsonSchema(), null, 2)}\n`));
        // Data, not code: fetched beside the policy by the pane, and by the handler when a draft needs them (src/office/suffix-source.ts, surname-source.ts).
        for (const { file, text: data } of this.dataFiles) compilation.emitAsset(file, new RawSource(data));

        // The source manifest with the URL base, the version (package.json's) and, for a pilot, the Id replaced.
        try {
          const xml = this.manifest.buildManifest(read("manifest.xml").toString("utf8"), { publicUrl, version: this.version, id: manifestId });
          compilation.emitAsset("manifest.xml", new RawSource(xml));
        } catch (error) {
          fail(error.message);
        }

        // Classic Outlook on Windows fetches policy.json from the event runtime only if the
        // origin lists launchevent.js here (a CORS request from the JavaScript-only runtime).
        const allowed = { allowed: [`${publicUrl}/launchevent.js`] };
        compilation.emitAsset(".well-known/microsoft-officeaddins-allowed.json", new RawSource(`${JSON.stringify(allowed, null, 2)}\n`));
        if (new URL(publicUrl).pathname !== "/") {
          const folder = outDir.startsWith(root + path.sep) ? toPosix(path.relative(root, outDir)) : outDir;
          compilation.warnings.push(new webpack.WebpackError(`serve ${folder}/.well-known/ at ${new URL(publicUrl).origin}/.well-known/ (the origin root), not under ${publicUrl}`));
        }

        const assets = path.join(root, "assets");
        compilation.contextDependencies.add(assets);
        for (const file of listFiles(assets)) compilation.emitAsset(`assets/${toPosix(path.relative(assets, file))}`, new RawSource(readFileSync(file)));

        // The help pages, with the help desk from config/support.json.
        const support = this.staticPages.loadSupportSettings(path.join(root, SUPPORT_SETTINGS));
        compilation.fileDependencies.add(path.join(root, SUPPORT_SETTINGS));
        if (!support.ok) {
          fail(`${SUPPORT_SETTINGS} is invalid:\n  ${support.problems.join("\n  ")}`);
          return;
        }
        compilation.contextDependencies.add(path.join(root, "public"));
        const pages = this.staticPages.staticPages(path.join(root, "public"), support.settings);
        for (const problem of pages.problems) fail(problem);
        for (const { name, content } of pages.files) compilation.emitAsset(name, new RawSource(content));
      });
    });
  }
}

/**
 * The event script as classic Outlook on Windows runs it: one classic script of ES2016
 * syntax (no import/export, async/await, ?., ??, object spread). Parsed after minifying,
 * so nothing webpack, a dependency or the minifier adds can slip past.
 */
class Es2016CheckPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PresendEs2016", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PresendEs2016", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, (assets) => {
        for (const name of Object.keys(assets).filter((file) => file.endsWith(".js"))) {
          const code = assets[name].source().toString();
          try {
            acorn.parse(code, { ecmaVersion: 2016, sourceType: "script" });
          } catch (error) {
            const near = code.slice(Math.max(0, error.pos - 40), error.pos + 40);
            compilation.errors.push(new webpack.WebpackError(`${name} is not ES2016 (classic Outlook cannot run it): ${error.message} near ${JSON.stringify(near)}`));
          }
        }
        // Every module concatenated into one scope: no module registry, loader or chunk loading from webpack.
        for (const chunk of compilation.chunks) {
          const runtime = [...compilation.chunkGraph.getChunkRuntimeModulesIterable(chunk)].map((module) => module.name);
          const wrapped = [...compilation.chunkGraph.getChunkModulesIterable(chunk)].filter((module) => !module.modules).map((module) => module.readableIdentifier(compilation.requestShortener));
          if (runtime.length > 0 || wrapped.length > 0) {
            compilation.errors.push(
              new webpack.WebpackError(`${[...chunk.files].join(", ")} needs webpack's module runtime (${[...runtime, ...wrapped].join(", ")}): the event script must be one scope`),
            );
          }
        }
      });
    });
  }
}

/**
 * Tells the minifier the event script is an ES module (an empty `export {}`, of which the
 * IIFE it writes keeps nothing). webpack's scope-hoisted output has neither import nor
 * export, and esbuild took it for CommonJS: it put the whole script inside one function
 * (its __commonJS helper), which the runtime compiled again, whole, on first call — about
 * 15 ms here, 60 ms of a cold send with the CPU slowed 4× (bench/cold-start.mjs).
 */
class EsModuleMarkerPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PresendEsModule", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PresendEsModule", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE }, (assets) => {
        for (const name of Object.keys(assets).filter((file) => file.endsWith(".js"))) {
          compilation.updateAsset(name, (source) => new webpack.sources.ConcatSource(source, "\nexport {};\n"));
        }
      });
    });
  }
}

/**
 * After the files are written: the gzip budgets (scripts/budgets.cjs) fail the build, and
 * what each bundle is made of goes to .cache/build-meta for `npm run size`. After emitting,
 * so an over-budget build still leaves dist/ to look at, as `npm run size` does.
 */
class BudgetPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("PresendBudgets", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "PresendBudgets", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        // Measured here, while the sources are in memory; reported after emitting.
        const names = Object.keys(assets);
        compilation.presendOverBudget = [];
        for (const budget of BUDGETS) {
          const files = names.filter((name) => budget.match.test(name));
          if (files.length === 0) continue;
          const bytes = budgetedBytes(budget, files, (file) => assets[file].buffer());
          if (bytes > budget.kb * 1024) {
            compilation.presendOverBudget.push(`${budget.name}${budget.each ? " (the largest)" : ""} is ${(bytes / 1024).toFixed(1)} KB gzip, over its ${budget.kb} KB budget (npm run size names the biggest inputs)`);
          }
        }
      });
    });
    compiler.hooks.afterEmit.tap("PresendBudgets", (compilation) => {
      mkdirSync(META_DIR, { recursive: true });
      for (const chunk of compilation.chunks) {
        const inputs = {};
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          for (const inner of module.modules ?? [module]) {
            const name = inner.nameForCondition?.();
            if (!name) continue;
            const key = toPosix(path.relative(root, name));
            inputs[key] = (inputs[key] ?? 0) + inner.size();
          }
        }
        for (const file of [...chunk.files].filter((name) => name.endsWith(".js"))) {
          writeFileSync(path.join(META_DIR, `${path.basename(file)}.json`), JSON.stringify({ file, inputs }));
        }
      }
      for (const message of compilation.presendOverBudget ?? []) compilation.errors.push(new webpack.WebpackError(message));
    });
  }
}

/**
 * esbuild lowers each bundle to its target, wraps it in an IIFE and tree-shakes it (licence
 * comments go to the end once, as esbuild's bundler puts them; UTF-8 as the pages declare,
 * not \u escapes). The event script is minified by esbuild too: it must stay ES2016, and
 * esbuild lowers and minifies in one pass, after a pass that only tree-shakes (`shakenFirst`);
 * swc's minifier made it 2.2 KB gzip smaller with no gain the cold-start bench can tell, and
 * slower second sends there (README, "Tried and not kept").
 * The shipped pane (`compressed`: a file name pattern) is then minified by swc's minifier (through terser-webpack-plugin): webpack's concatenated
 * bundle minified by esbuild alone was 3.5 KB gzip bigger than the esbuild bundler's (same
 * code, another order); swc's compressor makes it 5 KB smaller, as terser's did, in a second
 * where terser took 8 (cold build 24 → 15.5 s here). The playground, for developers only,
 * keeps esbuild's minifying.
 */
function minimizer(target, { compressed, shakenFirst } = {}) {
  const options = { target, legalComments: "eof", charset: "utf8" };
  // Tree-shaken before it is lowered: lowered first, a dependency's unused regular expression
  // literal of later syntax (valibot's `/…\p{Emoji}…/u`) becomes `new RegExp(…)`, which esbuild
  // keeps (it may throw) and an ES2016 runtime would throw on as the script loads.
  if (shakenFirst) return [new EsbuildPlugin({ ...options, target: "esnext", format: undefined, treeShaking: true, minify: false }), new EsbuildPlugin(options)];
  if (!compressed) return [new EsbuildPlugin({ ...options, css: true })];
  return [
    new EsbuildPlugin({ ...options, css: true, exclude: compressed }),
    new EsbuildPlugin({ ...options, include: compressed, minify: false }),
    new TerserPlugin({ test: compressed, minify: TerserPlugin.swcMinify, extractComments: false, terserOptions: { ecma: 2020, compress: true, mangle: true, format: { asciiOnly: false, comments: "some" } } }),
  ];
}

/**
 * Modules as transformed and parsed are kept in node_modules/.cache/webpack between builds
 * (a warm build redoes only what changed); this file and what it requires are part of the
 * key, and the build constants are tracked by DefinePlugin. The files written by plugins
 * (pages, policy, manifest…) are read again on every build.
 */
function persistentCache(name) {
  return { type: "filesystem", name, buildDependencies: { config: [__filename] } };
}

/**
 * V8's compile hint (Chrome 136+, so Edge's WebView2 too), as a bundle's first line (a
 * comment anywhere else): compile every function while the script downloads, off the main
 * thread, rather than each on its first call. For scripts whose load runs most of them.
 */
const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** What every browser configuration shares. */
function browserConfig({ name, target, entry, define, out, compressed, shakenFirst, plugins = [], output = {}, extra = {} }) {
  return {
    name,
    mode: "production",
    target: ["web", target],
    devtool: false,
    context: root,
    entry,
    // No IIFE from webpack: the minifier (EsbuildPlugin, format iife) wraps each bundle and,
    // seeing its modules at top level, tree-shakes what webpack cannot: valibot marks its
    // factories @__NO_SIDE_EFFECTS__, which esbuild honours and webpack does not.
    // Every file written on every build (not only changed ones): dist/'s times then say when it
    // was built, which the tests compare with the sources' (test/support/built.ts).
    output: { path: out, filename: "[name].js", publicPath: "auto", iife: false, compareBeforeEmit: false, ...output },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // punycode's ES module build, so every module concatenates into one scope: no module registry in the bundle.
      alias: { "punycode/punycode.js$": require.resolve("punycode/punycode.es6.js") },
    },
    module: {
      rules: [
        scriptRule("esnext"),
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, { loader: "css-loader", options: { url: false, import: false } }] },
      ],
    },
    plugins: [new webpack.DefinePlugin(define), ...plugins],
    optimization: { minimizer: minimizer(target, { compressed, shakenFirst }), splitChunks: false, runtimeChunk: false },
    // The gzip budgets are ours (BudgetPlugin); webpack's 244 KB hint is about raw bytes.
    performance: false,
    cache: persistentCache(name),
    stats: { preset: "normal", modules: false, children: false },
    ...extra,
  };
}

/**
 * tsx names the modules it loads `file?namespace=…`. webpack's persistent cache walks this
 * file's requires as build dependencies and cannot snapshot such names (no cache was written
 * at all); they are no part of the configuration either: what they produce (the policy
 * schema, the CSP and manifest checks) is made anew on every build. So, once loaded, they
 * are forgotten by require's cache.
 */
function forgetTsxModules() {
  const isTsx = (id) => id.includes("?namespace=");
  for (const [id, loaded] of Object.entries(require.cache)) {
    if (isTsx(id)) delete require.cache[id];
    else if (loaded) loaded.children = loaded.children.filter((child) => !isTsx(child.id));
  }
}

/**
 * config/policy.json and its validation here, for the event script (src/office/policy-source.ts:
 * PolicyValidatedAtBuild), as a string of JSON for DefinePlugin, read again whenever the
 * file changes (webpack serve); `undefined` when it does not validate (SiteFilesPlugin then
 * fails the build).
 */
function policyValidatedAtBuild(policy) {
  const file = path.join(root, "config/policy.json");
  return webpack.DefinePlugin.runtimeValue(
    () => {
      let json;
      try {
        json = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        return "undefined";
      }
      const result = policy.validatePolicy(json);
      return result.ok ? JSON.stringify(JSON.stringify({ json: JSON.stringify(json), validated: result.validated })) : "undefined";
    },
    { fileDependencies: [file] },
  );
}

module.exports = async (env = {}, argv = {}) => {
  const settings = readEnv(env, argv);
  // The policy's parser and schema, the pages' CSP checks, the manifest's writer and the surname table's reading keys are the project's TypeScript,
  // loaded as they are through tsx.
  const { require: tsRequire } = require("tsx/cjs/api");
  const policy = { ...tsRequire("./src/check/index.ts", __filename), ...tsRequire("./src/policy/duplicate-keys.ts", __filename) };
  const pageHtml = { ...tsRequire("./scripts/csp-checks.ts", __filename), ...tsRequire("./scripts/page-tags.ts", __filename) };
  const manifest = tsRequire("./scripts/manifest-checks.ts", __filename);
  const { romajiKey, surnameShardOf } = tsRequire("./src/engine/surnames.ts", __filename);
  const { surnamePartFiles } = tsRequire("./src/office/surname-source.ts", __filename);
  forgetTsxModules();
  const staticPages = await import("./scripts/static-pages.mjs");
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const suffixList = publicSuffixList.publicSuffixListText();
  const suffixListFile = `public-suffix-list.${suffixList.hash}.txt`;
  const surnames = surnameReadings.surnameReadingsText(romajiKey, surnameShardOf);
  const surnamesFile = `surname-readings.${surnames.hash}.txt`;
  // The parts the event runtime fetches.
  const surnameParts = surnamePartFiles(surnames, surnamesFile);
  const define = {
    __PRESEND_POLICY_VALIDATED_AT_BUILD__: policyValidatedAtBuild(policy),
    __PRESEND_PUBLIC_URL__: JSON.stringify(settings.publicUrl),
    __PRESEND_VERSION__: JSON.stringify(pkg.version),
    __PRESEND_SUFFIX_LIST__: JSON.stringify(suffixListFile),
    __PRESEND_SURNAME_READINGS__: JSON.stringify(surnamesFile),
    "process.env.NODE_ENV": JSON.stringify("production"),
  };
  const out = settings.outDir;

  // A whole build starts from an empty output folder (one configuration alone, as
  // scripts/build-cli.mjs builds, leaves the others' files); webpack serve keeps the build
  // in memory and never touches it.
  const configNames = argv.configName ?? [];
  if (env.WEBPACK_BUILD && configNames.length === 0 && !argv.outputPath) rmSync(out, { recursive: true, force: true });

  // Classic Outlook on Windows runs launchevent.js as ES2016 without a DOM, as one classic
  // script. Its ES2017+ polyfills go first as a banner: the bundle's helpers capture
  // built-ins before any module runs. Minified here (its comments are 0.5 KB of the budget).
  const polyfills = transformSync(readFileSync(path.join(root, "src/launchevent/polyfills.js"), "utf8"), { minify: true, target: "es5" }).code;

  const launchevent = browserConfig({
    name: "launchevent",
    target: "es2016",
    shakenFirst: true,
    entry: { launchevent: "./src/launchevent/index.ts" },
    define,
    out,
    plugins: [
      // After minifying and lowering (their stage is OPTIMIZE_SIZE), so the polyfills run before esbuild's helpers.
      // A send runs most of the script: 1.59 → 1.43× the stand-in in the cold-start bench with the hint.
      new webpack.BannerPlugin({
        banner: `${COMPILE_HINT}\n${polyfills}`,
        raw: true,
        entryOnly: true,
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE,
      }),
      new PagesPlugin(
        [
          {
            entry: "launchevent",
            from: "src/launchevent/launchevent.html",
            to: "launchevent.html",
            officeJs: true,
            // The script alone. The policy is asked for revalidated (cache "no-cache"), which a
            // preload cannot say: Chromium would hand the send a preload the HTTP cache answered, and
            // an admin's change (the emergency switch) could wait for the cache to expire. The surname
            // table's keys (25 KB) only a draft greeting someone by name waits for, and they share
            // the network with the script if asked this early; the suffix list only a draft in the
            // built-in rules' gaps waits for (sendCheckRequests). At low priority: office.js runs
            // first and shares the network with it, so office.js comes first and the script downloads
            // and compiles while office.js runs (kept for that reason: the bench cannot tell its gain from its noise).
            preloads: [{ href: "launchevent.js", as: "script", fetchpriority: "low" }],
          },
        ],
        pageHtml,
      ),
      new SiteFilesPlugin({
        settings,
        version: manifestVersion(pkg.version),
        dataFiles: [
          { file: suffixListFile, text: suffixList.text },
          { file: surnamesFile, text: surnames.text },
          ...surnameParts,
        ],
        policy,
        manifest,
        staticPages,
      }),
      new EsModuleMarkerPlugin(),
      new Es2016CheckPlugin(),
      new BudgetPlugin(),
    ],
  });
  // The event runtime has no DOM: no publicPath detection (document.currentScript) is needed or allowed.
  launchevent.output.publicPath = "";

  // The pane and the playground in one configuration: same target, and Fluent UI and React
  // are parsed once for both (two configurations took a third longer). The playground is for
  // developers: a production build leaves it out.
  const panePages = [
    {
      entry: "taskpane",
      source: "./src/taskpane/index.tsx",
      from: "src/taskpane/taskpane.html",
      to: "taskpane.html",
      officeJs: true,
      // The pane shows nothing before its script, its stylesheet, the policy and both data files
      // are in (src/taskpane/host.ts). The policy is not preloaded: it is asked for revalidated,
      // which a preload cannot say (see the event page's).
      preloads: [
        { href: "taskpane.js", as: "script" },
        { href: "taskpane.css", as: "style" },
        { href: suffixListFile, as: "fetch" },
        { href: surnamesFile, as: "fetch" },
      ],
    },
    { entry: "playground/playground", source: "./src/playground/index.tsx", from: "src/playground/playground.html", to: "playground/index.html", developerOnly: true },
    // The real pane bundle (../taskpane.js) with the playground's fake Outlook host instead of office.js.
    {
      entry: "playground/pane-host",
      source: "./src/playground/pane-host.ts",
      from: "src/playground/pane.html",
      to: "playground/pane.html",
      loads: ["../taskpane.js", "../taskpane.css"],
      developerOnly: true,
    },
  ].filter((page) => !(settings.production && page.developerOnly));
  const pane = browserConfig({
    name: "pane",
    target: "es2020",
    entry: Object.fromEntries(panePages.map((page) => [page.entry, page.source])),
    define,
    out,
    compressed: /^taskpane\.js$/,
    plugins: [
      new MiniCssExtractPlugin({ filename: "[name].css" }),
      new PagesPlugin(panePages, pageHtml),
      // Opening the pane renders most of it: a cold open with a confirm (CPU 4×, 20 Mbit/s) 2.16 → 1.98 s with the hint.
      new webpack.BannerPlugin({ banner: COMPILE_HINT, raw: true, entryOnly: true, test: /^taskpane\.js$/, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }),
      new BudgetPlugin(),
    ],
  });

  const cli = {
    name: "cli",
    mode: "production",
    target: "node20",
    devtool: false,
    context: root,
    entry: { cli: "./src/cli/index.ts" },
    output: { path: out, filename: "[name].js", compareBeforeEmit: false },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs", ".json"] },
    module: { rules: [scriptRule("node20")] },
    // The full Public Suffix List and the surname table built in: the command line has no size limit.
    plugins: [
      new webpack.DefinePlugin({
        __PRESEND_SUFFIX_LIST_TEXT__: JSON.stringify(suffixList.text),
        __PRESEND_SURNAME_READINGS_TEXT__: JSON.stringify(surnames.text),
        __PRESEND_VERSION__: JSON.stringify(pkg.version),
      }),
    ],
    // Not minified: stack traces from the command line stay readable, and size does not matter there.
    optimization: { minimize: false },
    performance: false,
    cache: persistentCache("cli"),
    stats: { preset: "normal", modules: false, children: false },
  };

  const port = Number(process.env.PORT || 3000);
  // `npm start`: the same build served from memory. Outlook fetches https://localhost:3000 with
  // the Office dev certificates (`npm start -- --env https` or `-- --server-type https`, as Microsoft's templates serve);
  // plain HTTP stays on loopback for the playground. No client, hot reload or live reload:
  // their code would land in the event script.
  launchevent.devServer = {
    host: settings.https ? "localhost" : "127.0.0.1",
    port,
    server: settings.https
      ? { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() }
      : { type: "http" },
    static: false,
    hot: false,
    liveReload: false,
    client: false,
    webSocketServer: false,
    headers: { "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff" },
    devMiddleware: { writeToDisk: false },
    // Pages load their scripts by relative path, so a folder is addressed with its slash: /playground → /playground/.
    setupMiddlewares(middlewares, devServer) {
      middlewares.unshift({
        name: "folder-slash",
        middleware(req, res, next) {
          const { pathname, search } = new URL(req.url, "http://localhost");
          const fs = devServer.middleware?.context?.outputFileSystem;
          if (pathname.endsWith("/") || !fs || !fs.existsSync(path.join(out, decodeURIComponent(pathname), "index.html"))) return next();
          res.writeHead(301, { location: `${pathname.replace(/^\/+/, "/")}/${search}` });
          res.end();
        },
      });
      return middlewares;
    },
    setupExitSignals: true,
    onListening(server) {
      const base = `${settings.https ? "https" : "http"}://${server.options.host}:${server.server.address().port}`;
      console.log(`
Serving the build at ${base}/ (Ctrl+C to stop)
  Playground  ${base}/playground/     a fake Outlook compose window running the real add-in
  Task pane   ${base}/taskpane.html   needs Outlook (office.js); try it through the playground
  Manifest    ${base}/manifest.xml
  Policy      ${base}/policy.json
${settings.https ? "" : `
To try Presend in Outlook, sideload it with: npm run start:outlook
(Outlook loads add-ins only over HTTPS, from the manifest's https://localhost:3000 or your --env publicUrl.)
`}`);
    },
  };

  // The command line is for developers and admins' checkouts, not for the web host.
  return settings.production ? [launchevent, pane] : [launchevent, pane, cli];
};


import * as acorn from "acorn";
import { buildSync } from "esbuild";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import type { CompletedOptions } from "../src/launchevent/handler";
import { ruleDocs } from "../src/rules";
import { FakeOutlook, type FakeDraftSpec } from "../src/playground/fake-office";

/**
 * dist/launchevent.js as classic Outlook on Windows runs it: one ES2016
 * script in a realm that has Office and nothing else — no window, document,
 * fetch or timers, and none of the ES2017+ built-ins.
 */
const root = join(__dirname, "..");
const DIST_BUNDLE = join(root, "dist", "launchevent.js");
const POLYFILLS = join(root, "src", "launchevent", "polyfills.js");

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The built bundle when `npm run build` made it after the last source change;
 * otherwise the same build here (scripts/build.mjs's event-runtime options:
 * iife, es2016, minified, the polyfills as banner, the build constants).
 */
function loadBundle(): { text: string; origin: string } {
  const newest = Math.max(newestSourceTime(join(root, "src")), statSync(join(root, "config", "policy.json")).mtimeMs);
  if (existsSync(DIST_BUNDLE) && statSync(DIST_BUNDLE).mtimeMs >= newest) {
    return { text: readFileSync(DIST_BUNDLE, "utf8"), origin: "dist/launchevent.js" };
  }
  const result = buildSync({
    entryPoints: [join(root, "src", "launchevent", "index.ts")],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2016",
    platform: "browser",
    banner: { js: readFileSync(POLYFILLS, "utf8") },
    define: {
      __PRESEND_PUBLIC_URL__: JSON.stringify("https://localhost:3000"),
      __PRESEND_VERSION__: JSON.stringify("0.0.0-test"),
      "process.env.NODE_ENV": JSON.stringify("production"),
    },
    logLevel: "silent",
  });
  return { text: result.outputFiles[0].text, origin: "a test build of src/launchevent/index.ts" };
}

/** Built-ins newer than ES2016 that the event runtime must do without. */
const NEWER_BUILTINS = [
  "Object.entries",
  "Object.values",
  "Object.fromEntries",
  "Object.getOwnPropertyDescriptors",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "String.prototype.padStart",
  "String.prototype.padEnd",
  "String.prototype.trimStart",
  "String.prototype.trimEnd",
  "String.prototype.matchAll",
  "Promise.prototype.finally",
  "globalThis.globalThis",
];

const { text: bundle, origin } = loadBundle();

/** A fresh event runtime: a new realm per send, like Outlook loading the script for each event. */
function loadIntoRuntime(spec: FakeDraftSpec) {
  const fake = new FakeOutlook({ from: "Me <me@example.co.jp>", subject: "Minutes", body: "Thanks", ...spec });
  const { onReady: _unused, ...office } = fake.office;
  const context = vm.createContext({ Office: office });
  vm.runInContext(NEWER_BUILTINS.map((name) => `delete ${name};`).join("\n"), context);
  // `globalThis.globalThis` is deleted through itself; afterwards the name is simply `globalThis`.
  const names = NEWER_BUILTINS.map((name) => name.replace("globalThis.globalThis", "globalThis"));
  const missing = vm.runInContext(`[${names.map((name) => `typeof ${name}`).join(",")}]`, context) as string[];
  expect(missing.every((type) => type === "undefined")).toBe(true);
  vm.runInContext(bundle, context, { filename: "launchevent.js" });
  return { fake, context };
}

function sendIn(fake: FakeOutlook): Promise<{ options: CompletedOptions; calls: number }> {
  const handler = fake.associations.get("onMessageSendHandler");
  if (!handler) throw new Error("onMessageSendHandler was not associated");
  let calls = 0;
  return new Promise((resolve) => {
    handler({
      completed(options: CompletedOptions) {
        calls++;
        // Give a second call the chance to happen before reporting.
        setTimeout(() => resolve({ options, calls }), 20);
      },
    });
  });
}

describe(`the event runtime script (${origin})`, () => {
  it("is one classic ES2016 script", () => {
    expect(() => acorn.parse(bundle, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
    expect(bundle).not.toMatch(/\bimport\.meta\b|webpackHotUpdate|__vite|sockjs/);
  });

  it("leaves out what it never shows: the rules' descriptions", () => {
    for (const docs of Object.values(ruleDocs)) expect(bundle).not.toContain(JSON.stringify(docs.en).slice(1, 41));
  });

  it("registers onMessageSendHandler at top level, without Office.onReady", () => {
    const { fake } = loadIntoRuntime({});
    expect([...fake.associations.keys()]).toEqual(["onMessageSendHandler"]);
  });

  it("lets an internal mail go", async () => {
    const { fake } = loadIntoRuntime({ to: ["colleague@example.co.jp"] });
    const { options, calls } = await sendIn(fake);
    expect(calls).toBe(1);
    expect(options).toEqual({ allowEvent: true });
  });

  it("blocks ten external addresses in To with the embedded policy", async () => {
    const { fake } = loadIntoRuntime({ to: Array.from({ length: 10 }, (_, i) => `guest${i}@company${i}.example`) });
    const { options, calls } = await sendIn(fake);
    expect(calls).toBe(1);
    expect(options.allowEvent).toBe(false);
    expect(options.commandId).toBe("PresendTaskpaneButton");
    expect(JSON.parse(options.contextData as string)).toMatchObject({ v: 1, decision: "block" });
    expect(options.errorMessage).toContain("10 external addresses are visible");
  });

  it("needed the polyfills: they are installed in the runtime after loading", () => {
    const { context } = loadIntoRuntime({});
    const types = vm.runInContext("[typeof Object.entries, typeof Object.getOwnPropertyDescriptors, typeof globalThis]", context);
    expect(types).toEqual(["function", "function", "object"]);
  });
});

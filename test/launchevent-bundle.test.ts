import * as acorn from "acorn";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import * as ts from "typescript";
import type { CompletedOptions } from "../src/launchevent/answer";
import { EVENT_TIMEOUTS } from "../src/office/timeouts";
import { dayNumber, MEMORY_KEY, MEMORY_MAX_CHARS, RecipientMemory } from "../src/engine/memory";
import { THREAD_KEY } from "../src/engine/thread";
import { ruleDocs } from "../src/rules";
import { surnameShardOf } from "../src/engine/surnames";
import { surnamePartFile, surnameShardPart } from "../src/office/surname-source";
import { FakeOutlook, type FakeDraftSpec } from "../src/playground/fake-office";
import { builtSinceSources } from "./support/built";

/**
 * dist/launchevent.js as classic Outlook on Windows runs it: one ES2016
 * script in a realm that has Office and nothing else — no window, document,
 * fetch or timers, and none of the ES2017+ built-ins.
 */
const root = join(__dirname, "..");
const DIST_BUNDLE = join(root, "dist", "launchevent.js");
const POLYFILLS = join(root, "src", "launchevent", "polyfills.js");

/**
 * The built bundle when `npm run build` made it after the last source change;
 * otherwise webpack's "launchevent" configuration alone, into a temporary folder
 * (the same build, its ES2016 and one-scope checks included; dist/ is left alone).
 */
function loadBundle(): { text: string; origin: string } {
  if (builtSinceSources(["launchevent.js"])) {
    return { text: readFileSync(DIST_BUNDLE, "utf8"), origin: "dist/launchevent.js" };
  }
  const out = mkdtempSync(join(tmpdir(), "presend-launchevent-"));
  try {
    const webpackCli = require.resolve("webpack-cli/bin/cli.js");
    try {
      execFileSync(process.execPath, [webpackCli, "--config-name", "launchevent", "--output-path", out], { cwd: root, stdio: "pipe" });
    } catch (error) {
      // Over its size budget the bundle is still written (npm run size reports that); anything else is a failure.
      if (!existsSync(join(out, "launchevent.js"))) throw error;
    }
    return { text: readFileSync(join(out, "launchevent.js"), "utf8"), origin: "a webpack build of src/launchevent/index.ts" };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
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

interface RuntimeOptions {
  /** The fake host (a draft already open, roaming settings of earlier sends); default a new one for `spec`. */
  fake?: FakeOutlook;
  /** Give the realm timers, as the web runtime has (classic Outlook's may not). */
  timers?: boolean;
  roamingSettings?: Record<string, unknown>;
  /** Give the realm a fetch, as the web runtime has (classic Outlook's may not). */
  fetch?: (url: string, init?: { cache?: string }) => Promise<unknown>;
}

/** A fresh event runtime: a new realm per send, like Outlook loading the script for each event. */
function loadIntoRuntime(spec: FakeDraftSpec, options: RuntimeOptions = {}) {
  const fake =
    options.fake ??
    new FakeOutlook({ from: "Me <me@example.co.jp>", subject: "Minutes", body: "Thanks", ...spec }, { roamingSettings: options.roamingSettings });
  // A new runtime reads the roaming settings saved so far.
  fake.reloadRoamingSettings();
  const { onReady: _unused, ...office } = fake.office;
  const context = vm.createContext({
    Office: office,
    ...(options.timers ? { setTimeout, clearTimeout } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  vm.runInContext(NEWER_BUILTINS.map((name) => `delete ${name};`).join("\n"), context);
  // `globalThis.globalThis` is deleted through itself; afterwards the name is simply `globalThis`.
  const names = NEWER_BUILTINS.map((name) => name.replace("globalThis.globalThis", "globalThis"));
  const missing = vm.runInContext(`[${names.map((name) => `typeof ${name}`).join(",")}]`, context) as string[];
  expect(missing.every((type) => type === "undefined")).toBe(true);
  vm.runInContext(bundle, context, { filename: "launchevent.js" });
  return { fake, context };
}

function sendIn(fake: FakeOutlook): Promise<{ options: CompletedOptions; calls: number }> {
  return fire(fake, "onMessageSendHandler");
}

/** Fires a registered event handler; resolves with its completed() options and how often it was called. */
function fire(fake: FakeOutlook, name: string): Promise<{ options: CompletedOptions; calls: number }> {
  const handler = fake.associations.get(name);
  if (!handler) throw new Error(`${name} was not associated`);
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

  it("builds no regular expression an ES2016 runtime cannot compile (a later literal lowered to new RegExp, which parsing the script cannot see)", () => {
    // `/…/flags` for a pattern given as a string: a slash outside a class ends a literal.
    const asLiteral = (pattern: string, flags: string) => {
      let text = "";
      let inClass = false;
      for (let i = 0; i < pattern.length; i++) {
        const char = pattern[i];
        if (char === "\\") text += char + (pattern[++i] ?? "");
        else {
          if (char === "[") inClass = true;
          if (char === "]") inClass = false;
          text += char === "/" && !inClass ? "\\/" : char;
        }
      }
      return `/${text}/${flags}`;
    };
    const built: string[] = [];
    const visit = (node: unknown): void => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach(visit);
      const { type, callee, arguments: args } = node as { type?: string; callee?: { type: string; name?: string }; arguments?: Array<{ type: string; value?: unknown }> };
      if ((type === "NewExpression" || type === "CallExpression") && callee?.type === "Identifier" && callee.name === "RegExp" && args) {
        const [pattern, flags] = args;
        if (pattern?.type === "Literal" && typeof pattern.value === "string") built.push(asLiteral(pattern.value, flags?.type === "Literal" ? String(flags.value) : ""));
      }
      for (const value of Object.values(node)) visit(value);
    };
    visit(acorn.parse(bundle, { ecmaVersion: 2016, sourceType: "script" }));
    const uncompilable = built.filter((literal) => {
      try {
        acorn.parse(literal, { ecmaVersion: 2016 });
        return false;
      } catch {
        return true;
      }
    });
    expect(uncompilable).toEqual([]);
  });

  it("asks V8 to compile it all as it loads (an explicit compile hint on its first line)", () => {
    expect(bundle.split("\n")[0]).toBe("//# allFunctionsCalledOnLoad");
  });

  it("runs its modules at the script's top level, not inside one CommonJS wrapper compiled again on first call", () => {
    expect(bundle).not.toMatch(/\{exports:\{\}\}/);
  });

  it("leaves out what it never shows: the rules' descriptions", () => {
    for (const docs of Object.values(ruleDocs)) expect(bundle).not.toContain(JSON.stringify(docs.en).slice(1, 41));
  });

  it("registers onNewMessageComposeHandler, onMessageSendHandler and onAppointmentSendHandler at top level, without Office.onReady", () => {
    const { fake } = loadIntoRuntime({});
    expect([...fake.associations.keys()].sort()).toEqual(["onAppointmentSendHandler", "onMessageSendHandler", "onNewMessageComposeHandler"]);
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

  describe("with the files beside it (a runtime with fetch)", () => {
    const configPolicy = readFileSync(join(root, "config", "policy.json"), "utf8");
    const tenOutside = Array.from({ length: 10 }, (_, i) => `guest${i}@company${i}.example`);

    /** A fetch serving `policyText` as policy.json and nothing else (404), recording each request as it comes. */
    type PolicyJson = { rules: Record<string, unknown> };

    /** A host serving `policyText` as policy.json (once `published` resolves) and nothing else. */
    function server(policyText: string, published: Promise<void> = Promise.resolve()) {
      const requests: Array<{ url: string; cache?: string; sent: number }> = [];
      let sends = 0;
      const fetch = (url: string, init?: { cache?: string }) => {
        requests.push({ url: url.replace(/^https:\/\/[^/]+\//, ""), cache: init?.cache, sent: sends });
        const found = url.endsWith("/policy.json");
        const response = { ok: found, status: found ? 200 : 404, headers: { get: () => "application/json" }, text: () => Promise.resolve(found ? policyText : "") };
        return found ? published.then(() => response) : Promise.resolve(response);
      };
      return { fetch, requests, sent: () => sends++ };
    }

    // The shard of 藤田 (surnameShardOf), as the file names it: its part's two hex digits after the table's hash.
    const fujitaShard = surnamePartFile(surnameShardPart(surnameShardOf("藤田"))).slice(-6);
    it.each([
      ["greets no one", "Thanks", []],
      ["greets 藤田様", "藤田様\nお世話になっております。", [fujitaShard]],
    ])("asks for the policy and the surname table's keys as it loads, and the send that loaded it (its draft %s) only for the shards its names are in", async (_name, body, shards) => {
      const host = server(configPolicy);
      const { fake } = loadIntoRuntime({ to: tenOutside, body }, { fetch: host.fetch, timers: true });
      // In the task after the script's: a request made while the page's script runs costs more (fetchingEarly).
      expect(host.requests).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(host.requests.map(({ url, cache }) => ({ url, cache }))).toEqual([
        { url: "policy.json", cache: "no-cache" },
        { url: expect.stringMatching(/^surname-readings\.[0-9a-f]{10}00\.txt$/), cache: "default" },
      ]);
      host.sent();
      const { options } = await sendIn(fake);
      expect(JSON.parse(options.contextData as string)).toMatchObject({ decision: "block" });
      const later = host.requests.filter((request) => request.sent > 0).map(({ url }) => url);
      expect(later).toEqual(shards.map(() => expect.stringMatching(/^surname-readings\.[0-9a-f]{12}\.txt$/)));
      expect(later.map((url) => url.slice(-6))).toEqual(shards);
    });

    it("asks for the Public Suffix List when a send has a domain in the built-in rules' gaps, and not again for the next", async () => {
      const host = server(configPolicy);
      const { fake } = loadIntoRuntime({ to: Array.from({ length: 10 }, (_, i) => `guest${i}@company${i}.no`) }, { fetch: host.fetch, timers: true });
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (let send = 0; send < 2; send++) {
        host.sent();
        const { options } = await sendIn(fake);
        expect(JSON.parse(options.contextData as string)).toMatchObject({ decision: "block" });
      }
      const asked = (send: number) => host.requests.filter((request) => request.sent === send && /^public-suffix-list\.[0-9a-f]+\.txt$/.test(request.url));
      expect(asked(1).map(({ cache }) => cache)).toEqual(["default"]);
      // This fake host answers 404: the built-in rules judged, and the next send asks again.
      expect(asked(2)).toHaveLength(1);
    });

    it("validates a published policy that is not the one it was built with", async () => {
      // The same policy with BCC exposure allowed: ten visible outside addresses are then only confirmed.
      const edited = JSON.parse(configPolicy);
      edited.rules["bcc-exposure"].severity = "off";
      const host = server(JSON.stringify(edited));
      const { fake } = loadIntoRuntime({ to: tenOutside }, { fetch: host.fetch, timers: true });
      const { options } = await sendIn(fake);
      expect(JSON.parse(options.contextData as string)).toMatchObject({ decision: "confirm" });
      expect(options.errorMessage).not.toContain("visible to each other");
    });

    it.each([
      ["the one it was built with", (policy: PolicyJson) => policy, "block"],
      ["edited since: BCC exposure off", (policy: PolicyJson) => ({ ...policy, rules: { ...policy.rules, "bcc-exposure": { severity: "off" } } }), "confirm"],
    ])("judges the draft while the published policy is on its way, and answers as the policy that comes says (%s)", async (_name, publish, decision) => {
      let release = () => undefined as void;
      const host = server(JSON.stringify(publish(JSON.parse(configPolicy))), new Promise<void>((resolve) => (release = resolve)));
      const { fake } = loadIntoRuntime({ to: tenOutside }, { fetch: host.fetch, timers: true });
      let answered = false;
      const sending = sendIn(fake).then((sent) => ((answered = true), sent));
      // Time for the draft to be read and judged (the fake host answers each call in a task of its own): no answer without the policy.
      for (let task = 0; task < 30; task++) await new Promise((resolve) => setTimeout(resolve, 0));
      expect(answered).toBe(false);
      release();
      const { options } = await sending;
      expect(JSON.parse(options.contextData as string)).toMatchObject({ decision });
    });

    it("still validates a published policy that is not valid, and falls back to the one built in", async () => {
      const host = server(JSON.stringify({ version: 1, rules: { "bcc-exposure": { severity: "sometimes" } } }));
      const { fake } = loadIntoRuntime({ to: tenOutside }, { fetch: host.fetch, timers: true });
      const { options } = await sendIn(fake);
      expect(JSON.parse(options.contextData as string)).toMatchObject({ decision: "block" });
    });
  });

  it("type-checks the event script against ES2016 plus only the built-ins the polyfills install in full", () => {
    // What each library beyond ES2016 in tsconfig.launchevent.json declares (TypeScript's lib.*.d.ts).
    const DECLARED: Record<string, string[]> = {
      "es2017.object": ["Object.entries", "Object.values", "Object.getOwnPropertyDescriptors"],
      "es2017.string": ["String.prototype.padStart", "String.prototype.padEnd"],
      "es2019.object": ["Object.fromEntries"],
    };
    const config = ts.readConfigFile(join(root, "tsconfig.launchevent.json"), ts.sys.readFile);
    const libs = (config.config.compilerOptions.lib as string[]).map((lib) => lib.toLowerCase());
    expect(libs[0]).toBe("es2016");
    const added = libs.slice(1);
    expect(added.filter((lib) => !(lib in DECLARED))).toEqual([]);
    const members = added.flatMap((lib) => DECLARED[lib]);
    const context = vm.createContext({});
    vm.runInContext(members.map((name) => `delete ${name};`).join("\n"), context);
    expect(vm.runInContext(`[${members.map((name) => `typeof ${name}`).join(",")}]`, context)).toEqual(members.map(() => "undefined"));
    vm.runInContext(readFileSync(POLYFILLS, "utf8"), context);
    expect(vm.runInContext(`[${members.map((name) => `typeof ${name}`).join(",")}]`, context)).toEqual(members.map(() => "function"));
  });

  it("needed the polyfills: they are installed in the runtime after loading", () => {
    const { context } = loadIntoRuntime({});
    const types = vm.runInContext("[typeof Object.entries, typeof Object.getOwnPropertyDescriptors, typeof Object.fromEntries]", context);
    expect(types).toEqual(["function", "function", "function"]);
  });

  describe("conversation snapshot and recipient memory (DESIGN §1a)", () => {
    const partner = "y.hirano@wakaba-system.example";
    const replySpec: FakeDraftSpec = { composeType: "reply", conversationId: "conv-1", to: [partner], cc: ["d.sugawara@wakaba-system.example"] };

    /** Opens the draft (OnNewMessageCompose in its own runtime), then sends it in another, as Outlook does. */
    async function openThenSend(spec: FakeDraftSpec, edit?: (fake: FakeOutlook) => void) {
      const { fake } = loadIntoRuntime(spec);
      const opened = await fire(fake, "onNewMessageComposeHandler");
      edit?.(fake);
      loadIntoRuntime({}, { fake });
      const sent = await sendIn(fake);
      return { fake, opened, sent };
    }

    it("a reply to the people on the conversation goes without a question", async () => {
      const { fake, opened, sent } = await openThenSend(replySpec);
      expect(opened).toEqual({ options: undefined, calls: 1 });
      const snapshot = JSON.parse(fake.state.sessionData[THREAD_KEY]);
      expect(snapshot).toMatchObject({ v: 1, c: "reply", d: ["wakaba-system.example"] });
      expect(snapshot.h).toHaveLength(14);
      expect(sent).toEqual({ options: { allowEvent: true }, calls: 1 });
    });

    it("the same draft without a snapshot asks about each outside recipient", async () => {
      const { fake } = loadIntoRuntime(replySpec);
      const { options } = await sendIn(fake);
      expect(options.allowEvent).toBe(false);
      expect(options.errorMessage).toContain(partner);
    });

    it("a stranger added to the reply is named as a newcomer", async () => {
      const { sent } = await openThenSend(replySpec, (fake) => fake.setRecipients("cc", ["takada.aoi@shirakaba-food.example"]));
      expect(sent.calls).toBe(1);
      expect(sent.options.allowEvent).toBe(false);
      expect(sent.options.errorMessage).toContain("takada.aoi@shirakaba-food.example");
      expect(JSON.parse(sent.options.contextData as string).rules).toContain("thread-newcomer");
    });

    it("a new mail stores no snapshot and is checked as before", async () => {
      const { fake, opened, sent } = await openThenSend({ to: [partner] });
      expect(opened.calls).toBe(1);
      expect(fake.state.sessionData[THREAD_KEY]).toBeUndefined();
      expect(sent.options.allowEvent).toBe(false);
    });

    it.each([
      ["a malformed snapshot", "{not json"],
      ["a snapshot of another version", JSON.stringify({ v: 9, c: "reply", h: "", d: [] })],
      ["a cut-off snapshot", '{"v":1,"c":"reply","h":"abc","d":[]}'],
    ])("%s means no thread", async (_name, text) => {
      const { fake } = loadIntoRuntime({ ...replySpec, sessionData: { [THREAD_KEY]: text } });
      const { options, calls } = await sendIn(fake);
      expect(calls).toBe(1);
      expect(options.allowEvent).toBe(false);
      expect(options.errorMessage).toContain(partner);
    });

    it("a snapshot taken in another conversation is ignored", async () => {
      const { fake } = loadIntoRuntime(replySpec);
      await fire(fake, "onNewMessageComposeHandler");
      fake.load({ ...replySpec, conversationId: "conv-2", sessionData: { ...fake.state.sessionData } });
      loadIntoRuntime({}, { fake });
      const { options } = await sendIn(fake);
      expect(options.allowEvent).toBe(false);
    });

    it("a snapshot not yet readable at send (Mac, office-js #5951) means no thread, not an error", async () => {
      const { fake } = loadIntoRuntime(replySpec);
      const { options, calls } = await sendIn(fake);
      expect(calls).toBe(1);
      expect(options.errorMessage).not.toMatch(/could not finish/);
    });

    it("a forward records its files and asks about its new recipients", async () => {
      const { fake, sent } = await openThenSend(
        { composeType: "forward", conversationId: "conv-3", attachments: [{ name: "仕様書.pdf", size: 2048 }] },
        (f) => f.setRecipients("to", ["someone@new-partner.example"]),
      );
      expect(JSON.parse(fake.state.sessionData[THREAD_KEY])).toMatchObject({ c: "forward", a: [["仕様書.pdf", 2048]] });
      expect(sent.options.allowEvent).toBe(false);
    });

    it("the compose handler completes once, at its deadline, when the host never answers", async () => {
      const { fake } = loadIntoRuntime(replySpec, { timers: true });
      fake.faults["to.getAsync"] = "hang";
      const started = Date.now();
      const opened = await fire(fake, "onNewMessageComposeHandler");
      expect(opened.calls).toBe(1);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(fake.state.sessionData[THREAD_KEY]).toBeUndefined();
    }, 10000);

    it("a client without getComposeTypeAsync still records a reply it can tell by inReplyTo", async () => {
      const { fake } = loadIntoRuntime({ ...replySpec, inReplyTo: "<orig@wakaba-system.example>" });
      fake.faults["getComposeTypeAsync"] = "fail";
      expect((await fire(fake, "onNewMessageComposeHandler")).calls).toBe(1);
      expect(JSON.parse(fake.state.sessionData[THREAD_KEY] ?? "{}")).toMatchObject({ c: "reply" });
      loadIntoRuntime({}, { fake });
      expect((await sendIn(fake)).options).toEqual({ allowEvent: true });
    });

    it("the compose handler completes once when the host refuses to store the snapshot", async () => {
      const { fake } = loadIntoRuntime(replySpec);
      fake.faults["sessionData.setAsync"] = "fail";
      expect(await fire(fake, "onNewMessageComposeHandler")).toEqual({ options: undefined, calls: 1 });
    });

    it("remembers whom an allowed send went to, and the next mail to them goes without a question", async () => {
      const first = loadIntoRuntime({ to: [partner] });
      // The user confirms in the pane; the confirmed send is allowed and remembered.
      first.fake.state.sessionData["presend.confirmations"] = JSON.stringify({ v: 1, confirmed: { "external-recipient": [`recipient:${partner}`] } });
      expect((await sendIn(first.fake)).options).toEqual({ allowEvent: true });
      const stored = first.fake.savedRoamingSettings[MEMORY_KEY];
      expect(typeof stored).toBe("string");
      expect(stored as string).not.toContain("wakaba");
      expect(RecipientMemory.decode(stored).remembers(partner)).toBe(true);

      const second = loadIntoRuntime({ to: [partner], subject: "Next week" }, { roamingSettings: first.fake.savedRoamingSettings });
      expect((await sendIn(second.fake)).options).toEqual({ allowEvent: true });
    });

    it("remembers what an allowed send's greeting named: the name per address and where the company's name went", async () => {
      const { fake } = loadIntoRuntime({ to: [partner], body: "株式会社若葉システム\n平野様\n\nいつもお世話になっております。" });
      fake.state.sessionData["presend.confirmations"] = JSON.stringify({ v: 1, confirmed: { "external-recipient": [`recipient:${partner}`] } });
      expect((await sendIn(fake)).options).toEqual({ allowEvent: true });
      const stored = fake.savedRoamingSettings[MEMORY_KEY] as string;
      expect(stored).not.toContain("若葉");
      const memory = RecipientMemory.decode(stored);
      // The event script has no surname table here (nothing to fetch it from): the name is kept as written.
      expect(memory.greetedAs(partner, ["平野"])).toBe(true);
      expect(memory.greetedAt("若葉システム", "org:wakaba-system.example")).toBe(true);
    });

    it("a recipient not written to within memory.days (180) is new again", async () => {
      const old = new RecipientMemory("salt1234");
      old.rememberAll([partner], dayNumber(Date.now()) - 200);
      const { fake } = loadIntoRuntime({ to: [partner] }, { roamingSettings: { [MEMORY_KEY]: old.encode() } });
      const { options } = await sendIn(fake);
      expect(options.allowEvent).toBe(false);
      expect(options.errorMessage).toContain(partner);
    });

    it("a stopped send is not remembered", async () => {
      const { fake } = loadIntoRuntime({ to: [partner] });
      expect((await sendIn(fake)).options.allowEvent).toBe(false);
      expect(fake.savedRoamingSettings[MEMORY_KEY]).toBeUndefined();
    });

    it("a full memory drops the oldest entries and stays within 24 KB", async () => {
      const full = new RecipientMemory("salt1234");
      const today = dayNumber(Date.now());
      for (let i = 0; i < 4000; i++) full.rememberAll([`person${i}@company${i}.example`], today - 170 + Math.floor(i / 40));
      const { fake } = loadIntoRuntime(
        { to: [partner], sessionData: { "presend.confirmations": JSON.stringify({ v: 1, confirmed: { "external-recipient": [`recipient:${partner}`] } }) } },
        { roamingSettings: { [MEMORY_KEY]: full.encode(1024 * 1024) } },
      );
      expect((await sendIn(fake)).options).toEqual({ allowEvent: true });
      const stored = fake.savedRoamingSettings[MEMORY_KEY] as string;
      expect(stored.length).toBeLessThanOrEqual(MEMORY_MAX_CHARS);
      const memory = RecipientMemory.decode(stored);
      expect(memory.remembers(partner)).toBe(true);
      expect(memory.remembers("person3999@company3999.example")).toBe(true);
      expect(memory.remembers("person0@company0.example")).toBe(false);
      expect(memory.size).toBeGreaterThan(2000);
    });

    it.each([
      ["saving fails", (fake: FakeOutlook) => (fake.faults["roamingSettings.saveAsync"] = "fail")],
      ["the stored memory is garbage", (fake: FakeOutlook) => fake.office.context.roamingSettings.set(MEMORY_KEY, { not: "a memory" })],
    ])("an allowed send still goes when %s", async (_name, breakIt) => {
      const { fake } = loadIntoRuntime({ to: ["colleague@example.co.jp"], cc: [partner], sessionData: { "presend.confirmations": JSON.stringify({ v: 1, confirmed: { "external-recipient": [`recipient:${partner}`] } }) } });
      breakIt(fake);
      const { options, calls } = await sendIn(fake);
      expect(calls).toBe(1);
      expect(options).toEqual({ allowEvent: true });
    });

    it("roaming settings over Outlook's 32 KB limit are refused by the host: the send still goes", async () => {
      const { fake } = loadIntoRuntime(
        { to: [partner], sessionData: { "presend.confirmations": JSON.stringify({ v: 1, confirmed: { "external-recipient": [`recipient:${partner}`] } }) } },
        { roamingSettings: { other: "x".repeat(32 * 1024 - 40) } },
      );
      const { options, calls } = await sendIn(fake);
      expect(calls).toBe(1);
      expect(options).toEqual({ allowEvent: true });
      expect(fake.savedRoamingSettings[MEMORY_KEY]).toBeUndefined();
    });

    it("a stale copy of the memory (office-js #6728) only makes the check ask more, never fail", async () => {
      const fake = new FakeOutlook({ from: "Me <me@example.co.jp>", to: [partner] });
      loadIntoRuntime({}, { fake });
      // Another window saves a memory holding the partner after this runtime loaded its settings.
      const elsewhere = new RecipientMemory("salt1234");
      elsewhere.rememberAll([partner], dayNumber(Date.now()));
      fake.savedRoamingSettings[MEMORY_KEY] = elsewhere.encode();
      const { options, calls } = await sendIn(fake);
      expect(calls).toBe(1);
      expect(options.allowEvent).toBe(false);
      expect(options.errorMessage).toContain(partner);
    });
  });

  describe("meeting requests (OnAppointmentSend, DESIGN §1a)", () => {
    const organizer = "Me <me@example.co.jp>";
    const meeting = (spec: FakeDraftSpec): FakeDraftSpec => ({ itemType: "appointment", from: organizer, subject: "定例会議", location: "第1会議室", ...spec });
    const sendMeeting = (fake: FakeOutlook) => fire(fake, "onAppointmentSendHandler");
    const colleagues = (n: number) => Array.from({ length: n }, (_, i) => `member${i + 1}@example.co.jp`);

    it("two outside companies and a file: confirm in the meeting pane, worded for attendees", async () => {
      const { fake } = loadIntoRuntime(
        meeting({ to: [organizer, "a.kudo@alpha-trading.example"], cc: ["s.mori@beta-kogyo.example"], attachments: [{ name: "議題.pdf", size: 4096 }] }),
      );
      const { options, calls } = await sendMeeting(fake);
      expect(calls).toBe(1);
      expect(options.allowEvent).toBe(false);
      expect(options.commandId).toBe("PresendMeetingPaneButton");
      const context = JSON.parse(options.contextData as string);
      expect(context).toMatchObject({ v: 1, decision: "confirm" });
      expect(context.rules).toEqual(expect.arrayContaining(["cross-org-exposure", "external-recipient", "external-attachment"]));
      expect(options.errorMessage).toContain("Attendees from 2 different organisations");
      expect(options.errorMessage).not.toMatch(/Move them to BCC/);
    });

    it("the same meeting in Japanese says 出席者", async () => {
      const fake = new FakeOutlook(meeting({ to: ["a.kudo@alpha-trading.example"], cc: ["s.mori@beta-kogyo.example"] }), { displayLanguage: "ja-JP" });
      loadIntoRuntime({}, { fake });
      const { options } = await sendMeeting(fake);
      expect(options.errorMessage).toContain("出席者");
      expect(options.errorMessage).not.toContain("宛先");
    });

    it("internal attendees only: allowed", async () => {
      const { fake } = loadIntoRuntime(meeting({ to: [organizer, ...colleagues(3)], cc: colleagues(5).slice(3) }));
      const { options, calls } = await sendMeeting(fake);
      expect(calls).toBe(1);
      expect(options).toEqual({ allowEvent: true });
    });

    it("15 private addresses as attendees: stopped, with no BCC to move them to", async () => {
      const guests = Array.from({ length: 15 }, (_, i) => `guest${i + 1}@gmail.com`);
      const { fake } = loadIntoRuntime(meeting({ to: guests.slice(0, 10), cc: guests.slice(10) }));
      const { options, calls } = await sendMeeting(fake);
      expect(calls).toBe(1);
      expect(options.allowEvent).toBe(false);
      expect(JSON.parse(options.contextData as string)).toMatchObject({ decision: "block" });
      expect(options.errorMessage).toContain("15 external attendees");
      expect(options.errorMessage).toContain("separate meetings");
    });

    it("the organizer listed among the required attendees (classic Outlook) is not counted", async () => {
      // large-audience warns at 50 attendees, the organizer's own entry included if it were counted.
      const withOrganizer = loadIntoRuntime(meeting({ to: [organizer, ...colleagues(49)] }));
      expect((await sendMeeting(withOrganizer.fake)).options).toEqual({ allowEvent: true });
      const fifty = loadIntoRuntime(meeting({ to: colleagues(50) }));
      const { options } = await sendMeeting(fifty.fake);
      expect(options.allowEvent).toBe(false);
      expect(options.errorMessage).toContain("This meeting invites 50 attendees");
    });

    it("a booked room listed as an attendee is a resource, not an outside party", async () => {
      const hall = "hall-b@kaigi-rental.example";
      const { fake } = loadIntoRuntime(meeting({ to: [colleagues(1)[0], hall], rooms: [hall] }));
      expect((await sendMeeting(fake)).options).toEqual({ allowEvent: true });
    });

    it("a confirmed meeting goes, and its outside attendees are remembered", async () => {
      const partner = "y.hirano@wakaba-system.example";
      const { fake } = loadIntoRuntime(
        meeting({ to: [partner], sessionData: { "presend.confirmations": JSON.stringify({ v: 1, confirmed: { "external-recipient": [`recipient:${partner}`] } }) } }),
      );
      expect((await sendMeeting(fake)).options).toEqual({ allowEvent: true });
      expect(RecipientMemory.decode(fake.savedRoamingSettings[MEMORY_KEY]).remembers(partner)).toBe(true);
      // Office.js has no internet headers on a meeting: nothing was stamped.
      expect(fake.state.internetHeaders).toEqual({});
    });

    it("completes once, within the deadline, when an attendee list never answers", async () => {
      // Virtual time: the runtime's timers are jest's, so "within the deadline" is counted, not measured.
      jest.useFakeTimers();
      try {
        const { fake } = loadIntoRuntime(meeting({ to: ["a.kudo@alpha-trading.example"] }), { timers: true });
        fake.faults["requiredAttendees.getAsync"] = "hang";
        const answers: CompletedOptions[] = [];
        fake.associations.get("onAppointmentSendHandler")!({ completed: (options: CompletedOptions) => answers.push(options) });
        await jest.advanceTimersByTimeAsync(EVENT_TIMEOUTS.budgetMs);
        expect(answers).toHaveLength(1);
        expect(answers[0]).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser" });
        expect(answers[0].errorMessage).toContain("this meeting request");
        expect(answers[0].errorMessage).toContain("sure the attendees and attachments are right");
        // The hanging call's own timeout and the deadline both pass later: still one answer.
        await jest.advanceTimersByTimeAsync(60_000);
        expect(answers).toHaveLength(1);
      } finally {
        jest.useRealTimers();
      }
    });
  });
});

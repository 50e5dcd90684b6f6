import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync } from "fflate";

/**
 * `npm run package`: built once (production, a pilot's URL and Id) into a temp folder;
 * the zip is read back and its checksum list verified. The refusals run the packaging
 * step alone on edited copies of that build.
 */

const ROOT = join(__dirname, "..");
const PUBLIC_URL = "https://presend-pilot.example.co.jp/addin";
const PILOT_ID = "5d1c6a8e-3f2b-4c7d-9e0a-1b2c3d4e5f60";
const packageVersion: string = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

let tmp: string;
let files: Record<string, Uint8Array>;
const text = (name: string) => Buffer.from(files[name]).toString("utf8");
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "presend-package-"));
  execFileSync(
    process.execPath,
    [join(ROOT, "scripts/package.mjs"), "--env", `publicUrl=${PUBLIC_URL}`, "--env", `manifestId=${PILOT_ID}`, "--env", `outDir=${join(tmp, "site")}`, "--out", tmp],
    { cwd: ROOT, stdio: "pipe" },
  );
  files = unzipSync(readFileSync(join(tmp, `presend-${packageVersion}.zip`)));
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs only the packaging step on `site` (a build edited by the test). */
function packageOnly(site: string) {
  const script = `import { packageSite } from ${JSON.stringify(join(ROOT, "scripts/package.mjs"))};
    await packageSite({ site: ${JSON.stringify(site)}, out: ${JSON.stringify(tmp)} });`;
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
}

function editedCopy(name: string, edit: (site: string) => void): string {
  const site = join(tmp, name);
  cpSync(join(tmp, "site"), site, { recursive: true });
  edit(site);
  return site;
}

describe("the release package", () => {
  it("holds what the web host serves and nothing for developers", () => {
    const names = Object.keys(files).sort();
    expect(names).toEqual(expect.arrayContaining([
      ".well-known/microsoft-officeaddins-allowed.json",
      "SHA256SUMS",
      "assets/icon-16.png",
      "assets/icon-128.png",
      "launchevent.html",
      "launchevent.js",
      "manifest.xml",
      "policy.json",
      "policy.schema.json",
      "guide.html",
      "guide.ja.html",
      "pages.css",
      "support.html",
      "taskpane.css",
      "taskpane.html",
      "taskpane.js",
    ]));
    expect(names.filter((name) => name.startsWith("playground/") || name === "cli.js")).toEqual([]);
    expect(names.filter((name) => /^public-suffix-list\.[0-9a-f]+\.txt$/.test(name))).toHaveLength(1);
  });

  it("has the manifest for the given URL, Id and package.json's version", () => {
    const manifest = text("manifest.xml");
    expect(manifest).toContain(`<Id>${PILOT_ID}</Id>`);
    expect(manifest).toContain(`<Version>${packageVersion.replace(/[-+].*$/, "")}.0</Version>`);
    expect(manifest).not.toContain("localhost");
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((match) => match[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url.startsWith(`${PUBLIC_URL}/`)).toBe(true);
    expect(JSON.parse(text(".well-known/microsoft-officeaddins-allowed.json"))).toEqual({ allowed: [`${PUBLIC_URL}/launchevent.js`] });
  });

  it("starts both bundles with V8's compile hint: a send and a pane opening run most of their code", () => {
    for (const name of ["launchevent.js", "taskpane.js"]) expect(`${name}: ${text(name).split("\n")[0]}`).toBe(`${name}: //# allFunctionsCalledOnLoad`);
  });

  it("ships the repository's policy as the hosted one", () => {
    expect(text("policy.json")).toBe(readFileSync(join(ROOT, "config/policy.json"), "utf8"));
  });

  it("lists every other file once in SHA256SUMS, with its SHA-256", () => {
    const lines = text("SHA256SUMS").trimEnd().split("\n");
    const listed = lines.map((line) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      expect(match).not.toBeNull();
      return [match![2], match![1]] as const;
    });
    expect(listed.map(([name]) => name).sort()).toEqual(Object.keys(files).filter((name) => name !== "SHA256SUMS").sort());
    for (const [name, hash] of listed) expect(`${name} ${sha256(files[name])}`).toBe(`${name} ${hash}`);
  });

  it("refuses a build with developer files in it", () => {
    const site = editedCopy("with-cli", (dir) => writeFileSync(join(dir, "cli.js"), "// CLI\n"));
    const result = packageOnly(site);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/developer files in: cli\.js/);
  });

  it("refuses a manifest that points at the development URL or is behind package.json", () => {
    const site = editedCopy("localhost", (dir) => {
      const manifest = readFileSync(join(dir, "manifest.xml"), "utf8");
      writeFileSync(join(dir, "manifest.xml"), manifest.split(PUBLIC_URL).join("https://localhost:3000").replace(/<Version>[^<]*</, "<Version>0.0.1.0<"));
    });
    const result = packageOnly(site);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/points at https:\/\/localhost:3000/);
    expect(result.stderr).toMatch(/Version 0\.0\.1\.0 does not match package\.json/);
  });
});

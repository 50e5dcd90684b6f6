import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * scripts/static-pages.mjs: the help desk from config/support.json in the pages of public/.
 * An ES module, so it runs in a child node; one run covers every case.
 */

const ROOT = join(__dirname, "..");
let tmp: string;
let results: Record<string, unknown>;

function writeJson(name: string, value: unknown): string {
  const file = join(tmp, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "presend-pages-"));
  const full = writeJson("full.json", {
    name: { en: "IT <Help> Desk", ja: "情報システム部 ヘルプデスク" },
    email: "helpdesk@example.co.jp",
    url: "https://intranet.example.co.jp/help?a=1&b=2",
  });
  const nameOnly = writeJson("name-only.json", { name: { en: "IT desk", ja: "窓口" } });
  const invalid = writeJson("invalid.json", { name: { en: "IT desk" }, email: "not an address", url: "http://plain.example", phone: "1" });
  const script = `
    import { mkdirSync, writeFileSync } from "node:fs";
    import { loadSupportSettings, staticPages } from ${JSON.stringify(join(ROOT, "scripts/static-pages.mjs"))};
    const tmp = ${JSON.stringify(tmp)};
    const out = {};
    out.invalid = loadSupportSettings(${JSON.stringify(invalid)});
    out.missing = loadSupportSettings(tmp + "/none.json").ok;
    for (const [name, file] of [["full", ${JSON.stringify(full)}], ["nameOnly", ${JSON.stringify(nameOnly)}]]) {
      const { settings } = loadSupportSettings(file);
      const pages = staticPages(${JSON.stringify(join(ROOT, "public"))}, settings);
      out[name + "Problems"] = pages.problems;
      out[name] = pages.files.find((page) => page.name === "guide.ja.html").content.toString("utf8");
      out[name + "Files"] = pages.files.map((page) => page.name).sort();
    }
    mkdirSync(tmp + "/typo");
    writeFileSync(tmp + "/typo/page.html", "<p>{{helpdesk:en}}</p>");
    out.typo = staticPages(tmp + "/typo", loadSupportSettings(${JSON.stringify(nameOnly)}).settings).problems;
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  results = JSON.parse(run.stdout);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the help pages", () => {
  it("name the help desk with its mail and web address, escaped", () => {
    expect(results.fullProblems).toEqual([]);
    expect(results.full).toContain('<p class="contact"><strong>情報システム部 ヘルプデスク</strong><br>\nメール: <a href="mailto:helpdesk@example.co.jp">helpdesk@example.co.jp</a><br>\n'
      + 'Web: <a href="https://intranet.example.co.jp/help?a=1&#38;b=2">https://intranet.example.co.jp/help?a=1&#38;b=2</a></p>');
    expect(results.full).not.toContain("{{");
    expect(results.fullFiles).toEqual(["guide.html", "guide.ja.html", "pages.css", "support.html"]);
  });

  it("leave out the lines the settings do not give", () => {
    expect(results.nameOnly).toContain('<p class="contact"><strong>窓口</strong></p>');
  });

  it("refuse settings with a missing name, a bad address or URL, or an unknown key", () => {
    expect(results.invalid).toEqual({
      ok: false,
      problems: [
        "phone: unknown key (expected one of: name, email, url)",
        "name.ja: expected the help desk's name in ja",
        "email: expected one address such as helpdesk@example.co.jp",
        "url: expected an https:// address",
      ],
    });
    expect(results.missing).toBe(false);
  });

  it("report a placeholder they do not know", () => {
    expect(results.typo).toEqual([expect.stringMatching(/^typo\/page\.html: unknown placeholder \{\{helpdesk:en\}\} \(known: \{\{helpDesk:en\}\}, \{\{helpDesk:ja\}\}\)$/)]);
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { cspProblems, parseCsp } from "../scripts/csp-checks";

/** Every page template we ship carries a strict Content-Security-Policy; the build runs the same check on dist/. */

const ROOT = join(__dirname, "..");

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [relative(ROOT, path)] : [];
  });
}

const TEMPLATES = [...htmlFiles(join(ROOT, "src")), ...htmlFiles(join(ROOT, "public"))];
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");
const cspOf = (html: string) => parseCsp(/content="([^"]*)"/.exec(html.slice(html.indexOf("Content-Security-Policy")))![1]);

describe("Content-Security-Policy of the pages we ship", () => {
  it("finds every page template", () => {
    expect(TEMPLATES).toEqual(expect.arrayContaining([
      "public/guide.html",
      "public/guide.ja.html",
      "public/support.html",
      "src/launchevent/launchevent.html",
      "src/playground/pane.html",
      "src/playground/playground.html",
      "src/taskpane/taskpane.html",
    ]));
  });

  it.each(TEMPLATES)("%s passes the build's check", (file) => {
    expect(cspProblems(file, read(file))).toEqual([]);
  });

  // Where each template lands in dist/ (DESIGN §5), for its relative icon link.
  const SHOWN_PAGES: Array<[string, string]> = [
    ["src/taskpane/taskpane.html", "taskpane.html"],
    ["src/playground/playground.html", "playground/index.html"],
    ["src/playground/pane.html", "playground/pane.html"],
    ["public/support.html", "support.html"],
  ];

  it.each(SHOWN_PAGES)("%s names an icon that the build ships, so no browser asks for a missing /favicon.ico", (file, built) => {
    const href = /<link rel="icon"[^>]*href="([^"]+)"/.exec(read(file))?.[1];
    expect(href).toMatch(/assets\/icon-32\.png$/);
    const shipped = new URL(href!, `https://host/${built}`).pathname.slice(1);
    expect(existsSync(join(ROOT, shipped))).toBe(true); // assets/ is copied to dist/ as it is
  });

  it("the check finds an icon that img-src does not allow", () => {
    const page = read("public/support.html").replace("img-src 'self'", "img-src data:");
    expect(cspProblems("p.html", page)).toEqual(["p.html: img-src does not allow the icon assets/icon-32.png"]);
  });

  it("lets the Outlook pages load office.js and what it loads, and connect only to their own origin", () => {
    for (const file of ["src/launchevent/launchevent.html", "src/taskpane/taskpane.html"]) {
      const csp = cspOf(read(file));
      expect(csp.get("script-src")).toEqual([
        "'self'",
        "https://appsforoffice.microsoft.com/lib/1/hosted/",
        "https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js",
      ]);
      expect(csp.get("connect-src")).toEqual(["'self'"]);
    }
    // Pages without office.js allow no foreign script at all.
    for (const file of ["src/playground/playground.html", "src/playground/pane.html"]) {
      expect(cspOf(read(file)).get("script-src")).toEqual(["'self'"]);
    }
    // The static pages run no script at all.
    for (const file of ["public/support.html", "public/guide.html", "public/guide.ja.html"]) {
      expect(cspOf(read(file)).get("default-src")).toEqual(["'none'"]);
      expect(cspOf(read(file)).get("script-src")).toBeUndefined();
    }
  });

  describe("the check finds", () => {
    const page = read("src/taskpane/taskpane.html");
    const meta = /\s*<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(page)![0];
    const withPolicy = (edit: (policy: string) => string) => page.replace(/(Content-Security-Policy" content=")([^"]*)/, (_m, head, policy) => head + edit(policy));

    it("a page without the meta", () => {
      expect(cspProblems("p.html", page.replace(meta, ""))).toEqual(['p.html has no <meta http-equiv="Content-Security-Policy">']);
    });

    it("a meta after the first script (it would not govern it)", () => {
      const moved = page.replace(meta, "").replace("</head>", `${meta}\n</head>`);
      expect(cspProblems("p.html", moved)).toEqual([expect.stringMatching(/must come before <script src="https:\/\/appsforoffice/)]);
    });

    it("unsafe script sources and missing lock-downs", () => {
      const loose = withPolicy((p) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' https:").replace("object-src 'none'; ", "").replace("base-uri 'none'", "base-uri 'self'"));
      expect(cspProblems("p.html", loose)).toEqual([
        "p.html: object-src must be 'none'",
        "p.html: base-uri must be 'none'",
        "p.html: script-src must not allow 'unsafe-inline'",
        "p.html: script-src must not allow https:",
      ]);
    });

    it("office.js, its host script or MicrosoftAjax.js not allowed", () => {
      expect(cspProblems("p.html", withPolicy((p) => p.replace(" https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js", "")))).toEqual([
        "p.html: script-src must allow https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js (office.js loads it)",
      ]);
      const onlyOfficeJs = withPolicy((p) => p.replace("https://appsforoffice.microsoft.com/lib/1/hosted/", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"));
      expect(cspProblems("p.html", onlyOfficeJs)).toEqual([
        "p.html: script-src must allow https://appsforoffice.microsoft.com/lib/1/hosted/outlook-web-16.01.js (office.js loads it)",
      ]);
      const noCdn = withPolicy((p) => p.replace(" https://appsforoffice.microsoft.com/lib/1/hosted/", ""));
      expect(cspProblems("p.html", noCdn)).toContain("p.html: script-src does not allow https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    });

    it("an inline script and a bundle the policy does not allow", () => {
      const inline = page.replace("</head>", "<script>window.x = 1;</script></head>");
      expect(cspProblems("p.html", inline)).toEqual(["p.html: inline <script> is blocked by its Content-Security-Policy; load a file instead"]);
      const noSelf = withPolicy((p) => p.replace("script-src 'self' ", "script-src "));
      expect(cspProblems("p.html", noSelf)).toEqual(["p.html: script-src does not allow taskpane.js"]);
    });

    it("a preload the policy does not allow, one without a known as=, and a fetch preload fetch() would not find", () => {
      const withLinks = (...links: string[]) => page.replace("<title>", `${links.join("\n")}\n<title>`);
      const allowed = ['<link rel="preload" href="taskpane.js" as="script" />', '<link rel="preload" href="policy.json" as="fetch" crossorigin />'];
      expect(cspProblems("p.html", withLinks(...allowed))).toEqual([]);
      expect(cspProblems("p.html", withLinks('<link rel="preload" href="https://cdn.example/x.js" as="script" />'))).toEqual([
        "p.html: script-src does not allow the preload https://cdn.example/x.js",
      ]);
      expect(cspProblems("p.html", withLinks('<link rel="preload" href="https://cdn.example/p.json" as="fetch" crossorigin />'))).toEqual([
        "p.html: connect-src does not allow the preload https://cdn.example/p.json",
      ]);
      expect(cspProblems("p.html", withLinks('<link rel="preload" href="x.bin" />'))).toEqual([
        "p.html: the preload x.bin needs as= one of script, style, fetch, image, font",
      ]);
      expect(cspProblems("p.html", withLinks('<link rel="preload" href="policy.json" as="fetch" />'))).toEqual([
        "p.html: the fetch preload policy.json needs crossorigin (anonymous), or it downloads again",
      ]);
      expect(cspProblems("p.html", withLinks('<link rel="preload" href="policy.json" as="fetch" crossorigin="use-credentials" />'))).toEqual([
        "p.html: the fetch preload policy.json needs crossorigin (anonymous), or it downloads again",
      ]);
      expect(cspProblems("p.html", withLinks('<link rel="preload" href="policy.json" as="fetch" crossorigin="anonymous" />'))).toEqual([]);
    });

    it("tags as a browser reads them: a > inside a quoted attribute, a commented-out tag, entities", () => {
      const withLinks = (...links: string[]) => page.replace("<title>", `${links.join("\n")}\n<title>`);
      // The title's ">" does not end the tag: the preload after it is still read (and refused).
      expect(cspProblems("p.html", withLinks('<link title="a>b" rel="preload" href="https://evil.example/x.js" as="script">'))).toEqual([
        "p.html: script-src does not allow the preload https://evil.example/x.js",
      ]);
      expect(cspProblems("p.html", withLinks('<!-- <script src="https://evil.example/x.js"></script> -->'))).toEqual([]);
      expect(cspProblems("p.html", withLinks('<LINK REL="Preload" HREF="https://cdn.example/a.js?x=1&amp;y=2" AS="script">'))).toEqual([
        "p.html: script-src does not allow the preload https://cdn.example/a.js?x=1&y=2",
      ]);
    });

    it("a stylesheet the policy does not allow", () => {
      const noSelf = withPolicy((p) => p.replace("style-src 'self' ", "style-src "));
      expect(cspProblems("p.html", noSelf)).toEqual(["p.html: style-src does not allow taskpane.css"]);
      const noStyleSrc = withPolicy((p) => p.replace(/style-src [^;]*; /, "").replace("default-src 'self'", "default-src 'none'"));
      expect(cspProblems("p.html", noStyleSrc)).toEqual(expect.arrayContaining(["p.html: style-src does not allow taskpane.css"]));
    });
  });
});

import { pageReferences, tagsOf, withPreloads } from "../scripts/page-tags";

/** How the build reads its page templates (webpack.config.js, PagesPlugin). */
describe("page tags", () => {
  const page = [
    "<!doctype html>",
    "<html>",
    "  <head>",
    '    <!-- <script src="old.js"></script> -->',
    '    <link title="a>b" rel="stylesheet" href="taskpane.css" />',
    '    <SCRIPT SRC="https://cdn.example/office.js?a=1&amp;b=2"></SCRIPT>',
    '    <script src="taskpane.js"></script>',
    "  </head>",
    "</html>",
  ].join("\n");

  it("reads tags as a browser does: not in comments, > inside quotes, entities decoded, names lower-cased", () => {
    expect(tagsOf(page, ["script", "link"]).map(({ name, attributes }) => [name, attributes.src ?? attributes.href])).toEqual([
      ["link", "taskpane.css"],
      ["script", "https://cdn.example/office.js?a=1&b=2"],
      ["script", "taskpane.js"],
    ]);
    const [link] = tagsOf(page, ["link"]);
    expect(link.source).toBe('<link title="a>b" rel="stylesheet" href="taskpane.css" />');
    expect(page.slice(link.at).startsWith(link.source)).toBe(true);
  });

  it("lists what a page loads, and only that: a name in a comment or an attribute's text is not loaded", () => {
    expect([...pageReferences(page)]).toEqual(["taskpane.css", "https://cdn.example/office.js?a=1&b=2", "taskpane.js"]);
    expect(pageReferences(page).has("old.js")).toBe(false);
    expect(pageReferences('<meta content="taskpane.js"><script src="other.js"></script>').has("taskpane.js")).toBe(false);
  });

  it("puts preloads before the first script that is not in a comment, indented as it is", () => {
    const out = withPreloads(page, [
      { href: "taskpane.js", as: "script" },
      { href: "policy.json", as: "fetch" },
      { href: "launchevent.js", as: "script", fetchpriority: "low" },
    ]);
    expect(out.split("\n").slice(3, 9)).toEqual([
      '    <!-- <script src="old.js"></script> -->',
      '    <link title="a>b" rel="stylesheet" href="taskpane.css" />',
      '    <link rel="preload" href="taskpane.js" as="script" />',
      '    <link rel="preload" href="policy.json" as="fetch" crossorigin />',
      '    <link rel="preload" href="launchevent.js" as="script" fetchpriority="low" />',
      '    <SCRIPT SRC="https://cdn.example/office.js?a=1&amp;b=2"></SCRIPT>',
    ]);
    expect(withPreloads(page, [])).toBe(page);
    expect(() => withPreloads("<p>no script</p>", [{ href: "a.js", as: "script" }])).toThrow(/needs a <script>/);
  });
});

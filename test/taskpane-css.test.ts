import { tokens } from "@fluentui/react-components";
import { transformSync } from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The pane's stylesheet (src/taskpane/taskpane.css) against what it styles: a misspelt
 * theme token or class name is no error anywhere else, the pane just loses that style.
 */

const PANE = join(__dirname, "..", "src", "taskpane");
const css = readFileSync(join(PANE, "taskpane.css"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
const tsx = readdirSync(PANE)
  .filter((file) => file.endsWith(".tsx"))
  .map((file) => readFileSync(join(PANE, file), "utf8"))
  .join("\n");

/** Each rule's selectors, one per comma-separated part ("{" opens a declaration block; no nesting here). */
const selectors = [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((rule) => rule[1].split(",").map((s) => s.trim()));
const cssClasses = new Set(selectors.flatMap((selector) => [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1])));
const tsxClasses = new Set([...tsx.matchAll(/\bpresend-[a-z0-9-]+/g)].map((m) => m[0]));

describe("src/taskpane/taskpane.css", () => {
  it("is CSS esbuild reads without complaint", () => {
    expect(transformSync(css, { loader: "css" }).warnings.map((w) => `line ${w.location?.line}: ${w.text}`)).toEqual([]);
  });

  it("uses only Fluent theme tokens that exist (FluentProvider defines them; tokens.x is var(--x))", () => {
    const known = new Set<string>(Object.values(tokens));
    const used = [...css.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => `var(${m[1]})`);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((name) => !known.has(name))).toEqual([]);
  });

  it("styles only the pane's own presend- classes, never Fluent's internal class names", () => {
    expect(cssClasses.size).toBeGreaterThan(10);
    expect([...cssClasses].filter((name) => !name.startsWith("presend-"))).toEqual([]);
  });

  it("defines every class the pane's components use, and nothing they do not use", () => {
    expect([...tsxClasses].filter((name) => !cssClasses.has(name))).toEqual([]);
    expect([...cssClasses].filter((name) => !tsxClasses.has(name))).toEqual([]);
  });

  it("scopes every rule under the pane's root, so it outranks the components' one-class rules inserted after it", () => {
    const unscoped = selectors.filter((s) => s !== "body" && s !== ".presend-pane" && !s.startsWith(".presend-pane "));
    expect(unscoped).toEqual([]);
  });
});

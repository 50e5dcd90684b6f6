import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, sep } from "node:path";
import * as ts from "typescript";

/**
 * The core's one direction of imports (issue 13, DESIGN §6), with the parsers of
 * file formats (which build the engine's Draft) beside the policy: each folder of src/
 * imports only folders on an earlier layer, and its own files. Folders on one
 * layer do not import each other (rules and i18n), except the entry points: the
 * playground embeds the send handler; only they read files outside src/. A folder that is not listed is an error,
 * so a new one has to be given its place.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["domains"],
  ["engine"],
  ["formats", "policy"],
  ["rules", "i18n"],
  ["check"],
  ["office"],
  ["launchevent", "taskpane", "cli", "playground", "docs"],
];
const ENTRY_POINTS = LAYERS[LAYERS.length - 1];

const SRC = join(__dirname, "..", "src");

function layerOf(folder: string): number {
  return LAYERS.findIndex((layer) => layer.includes(folder));
}

interface SourceFile {
  /** Path under src/, with forward slashes ("engine/evaluate.ts"). */
  path: string;
  text: string;
}

/** "engine/evaluate.ts imports rules/index (engine may not import rules)" for each import against the direction. */
function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const from = file.path.split("/")[0];
    const fromLayer = layerOf(from);
    if (fromLayer < 0) {
      found.push(`${file.path}: src/${from} has no layer in test/import-direction.test.ts`);
      continue;
    }
    const { importedFiles } = ts.preProcessFile(file.text, true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith(".")) continue;
      const target = posix.normalize(posix.join(posix.dirname(file.path), fileName));
      if (target.startsWith("..")) {
        // The entry points embed the build's data (config/policy.json); the core reads nothing outside src/.
        if (!ENTRY_POINTS.includes(from)) found.push(`${file.path} imports ${fileName}, outside src/`);
        continue;
      }
      const to = target.split("/")[0];
      if (to === from) continue;
      const toLayer = layerOf(to);
      const allowed = toLayer >= 0 && (toLayer < fromLayer || (ENTRY_POINTS.includes(from) && ENTRY_POINTS.includes(to)));
      if (!allowed) found.push(`${file.path} imports ${target} (${from} may not import ${to})`);
    }
  }
  return found;
}

function sourceFiles(dir: string): SourceFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    if (!/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) return [];
    return [{ path: relative(SRC, full).split(sep).join("/"), text: readFileSync(full, "utf8") }];
  });
}

describe("the direction of imports in src/", () => {
  it("goes domains → engine → formats / policy → rules / i18n → check → office → entry points", () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(violations(files)).toEqual([]);
  });

  it("places every folder of src/ on a layer", () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((folder) => layerOf(folder) < 0)).toEqual([]);
  });

  it("reports an import against the direction, a sibling on the core's layers and an unplaced folder", () => {
    const files: SourceFile[] = [
      { path: "engine/evaluate.ts", text: 'import { allRules } from "../rules";\nimport { x } from "./types";' },
      { path: "rules/bcc-exposure.ts", text: 'import type { Locale } from "../i18n";\nimport { y } from "../policy/schema";' },
      { path: "domains/idn.ts", text: 'export { z } from "../engine/types";\nconst w = import("../office/fetch");' },
      { path: "policy/index.ts", text: 'import policy from "../../config/policy.json";' },
      { path: "launchevent/index.ts", text: 'import policy from "../../config/policy.json";' },
      { path: "playground/send.ts", text: 'import { h } from "../launchevent/handler";\nimport { c } from "../check";' },
      { path: "formats/eml.ts", text: 'import { splitBody } from "../engine/body";\nimport { p } from "../policy";' },
      { path: "util/text.ts", text: "" },
    ];
    expect(violations(files)).toEqual([
      "engine/evaluate.ts imports rules (engine may not import rules)",
      "rules/bcc-exposure.ts imports i18n (rules may not import i18n)",
      "domains/idn.ts imports engine/types (domains may not import engine)",
      "domains/idn.ts imports office/fetch (domains may not import office)",
      "policy/index.ts imports ../../config/policy.json, outside src/",
      "formats/eml.ts imports policy (formats may not import policy)",
      "util/text.ts: src/util has no layer in test/import-direction.test.ts",
    ]);
  });
});

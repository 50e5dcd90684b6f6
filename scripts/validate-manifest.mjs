// `npm run validate`: manifest.xml and the built dist/manifest.xml against the Office XML
// Schema (xmllint, offline) and the cross-checks in scripts/manifest-checks.ts (resids,
// event runtime, handler names in dist/launchevent.js, https URLs, icon files and sizes).
// `npm run validate:online` runs Microsoft's office-addin-manifest validator instead (needs the internet).
// The project's TypeScript modules are loaded as they are, through tsx.
import { require as tsRequire } from "tsx/cjs/api";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
// The schema set lives beside the project (not in a user's own clone).
const SCHEMA_DIR = join(root, "../shared/schemas/office-addin-manifest");
const SCHEMA = join(SCHEMA_DIR, "OfficeAppManifestV1_1.xsd");

function readIfFile(path) {
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : null;
}

/** xmllint's own messages (file:line: …) for a manifest that does not validate. */
function schemaProblems(file) {
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { cwd: root, stdio: "pipe" });
    return [];
  } catch (error) {
    if (error.code === "ENOENT") return ["xmllint is not installed (apt-get install libxml2-utils)"];
    return String(error.stderr).trim().split("\n").filter((line) => !line.endsWith(" fails to validate"));
  }
}

async function main() {
  const { buildManifest, checkManifest, parseXml, SOURCE_BASE } = tsRequire("./manifest-checks.ts", import.meta.url);
  const packageVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const problems = [];
  const passed = [];

  const withSchema = existsSync(SCHEMA);
  if (!withSchema) console.log(`${SCHEMA_DIR} not found: skipping the XML Schema check, running the cross-checks`);
  const checked = withSchema ? "schema and cross-checks" : "cross-checks";

  const sourceXml = readFileSync(join(root, "manifest.xml"), "utf8");
  // The source's <Version> is a placeholder: the build writes package.json's version into dist/.
  const source = checkManifest({ label: "manifest.xml", xml: sourceXml });
  if (source.base && source.base !== SOURCE_BASE) {
    source.problems.push(`manifest.xml: its URLs must start with ${SOURCE_BASE} (the build replaces that base), found ${source.base}`);
  }
  if (withSchema) source.problems.unshift(...schemaProblems("manifest.xml"));
  problems.push(...source.problems);
  if (source.problems.length === 0) passed.push(`manifest.xml: ${checked} pass`);

  const builtXml = readIfFile(join(dist, "manifest.xml"))?.toString("utf8");
  if (builtXml === undefined) {
    problems.push("dist/manifest.xml is missing: run `npm run build` first");
  } else {
    const built = checkManifest({
      label: "dist/manifest.xml",
      xml: builtXml,
      packageVersion,
      launcheventJs: readIfFile(join(dist, "launchevent.js"))?.toString("utf8"),
      files: { label: "dist/", read: (path) => readIfFile(join(dist, path)) },
    });
    // A pilot build has an Id of its own; the version comes from package.json (checked above).
    // What the build writes from the source for the built manifest's base, version and Id.
    let rebuilt;
    try {
      const builtRoot = parseXml(builtXml);
      const text = (name) => builtRoot.children.find((element) => element.name === name)?.text;
      rebuilt = buildManifest(sourceXml, { publicUrl: built.base ?? SOURCE_BASE, version: text("Version") ?? "", id: text("Id") });
    } catch {
      rebuilt = undefined; // reported by the checks above
    }
    if (rebuilt !== builtXml) {
      built.problems.push("dist/manifest.xml is not manifest.xml with its URL base, Id and version replaced: run `npm run build` again");
    }
    if (withSchema) built.problems.unshift(...schemaProblems("dist/manifest.xml"));
    problems.push(...built.problems);
    if (built.problems.length === 0) passed.push(`dist/manifest.xml: ${checked} pass (base ${built.base})`);
  }

  for (const line of passed) console.log(line);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    console.error(`${problems.length} manifest problem${problems.length === 1 ? "" : "s"}`);
    process.exitCode = 1;
  }
}

await main();

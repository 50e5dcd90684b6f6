// `npm run package -- --env publicUrl=https://host/path [--env manifestId=GUID] [--out FOLDER]`
// runs the production build (`npm run build -- --env production …`: no playground, no CLI)
// and zips what it wrote into FOLDER/presend-<version>.zip (default: the project folder),
// with SHA256SUMS listing every file's SHA-256 (`sha256sum -c SHA256SUMS` checks them).
// The zip holds exactly what the web host serves, the manifest to upload and the policy
// with its schema among it. It runs the build through npm, whatever tool the build uses.
// The project's TypeScript modules are loaded as they are, through tsx.
import { require as tsRequire } from "tsx/cjs/api";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const CHECKSUMS_FILE = "SHA256SUMS";
/** The source manifest's URL base: a package for it would point Outlook at the admin's own machine. */
const DEVELOPMENT_URL = "https://localhost:3000";
/** What a production build leaves out; finding it means the build ignored `--env production`. */
const DEVELOPER_FILES = [/^playground\//, /^cli\.js$/];
// Already compressed: deflating them again costs time and saves nothing.
const STORED = /\.(png|ico|woff2)$/;

class PackageError extends Error {}

/** `--out FOLDER` is the package's own; everything else goes to the build. */
function parsePackageArgs(argv) {
  const buildArgs = [];
  let out = root;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") {
      if (i + 1 >= argv.length) throw new PackageError("--out needs a folder");
      out = resolve(argv[++i]);
    } else if (argv[i].startsWith("--out=")) {
      out = resolve(argv[i].slice("--out=".length));
    } else {
      buildArgs.push(argv[i]);
    }
  }
  // The build's own setting (`--env outDir=…`), else its default.
  const outDir = buildArgs.flatMap((arg, i) => (arg === "--env" ? [buildArgs[i + 1] ?? ""] : arg.startsWith("--env=") ? [arg.slice(6)] : []))
    .find((pair) => pair.startsWith("outDir="));
  return { buildArgs, out, site: resolve(root, outDir ? outDir.slice("outDir=".length) : "dist") };
}

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    return item.isDirectory() ? listFiles(path) : [path];
  });
}

export function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The built manifest must be deployable: the cross-checks of `npm run validate`, a real URL, package.json's version. */
async function manifestProblems(site, files, packageVersion) {
  const { checkManifest } = tsRequire("./manifest-checks.ts", import.meta.url);
  const xml = files.get("manifest.xml")?.toString("utf8");
  if (xml === undefined) return ["the build wrote no manifest.xml"];
  const report = checkManifest({
    label: "manifest.xml",
    xml,
    packageVersion,
    launcheventJs: files.get("launchevent.js")?.toString("utf8"),
    files: { label: `${relative(root, site) || site}/`, read: (path) => files.get(path) ?? null },
  });
  if (report.base?.startsWith(DEVELOPMENT_URL)) {
    report.problems.push(`the manifest points at ${DEVELOPMENT_URL}: give the address users load Presend from (--env publicUrl=https://…)`);
  }
  return report.problems;
}

/** Zips the built folder with its checksum list; returns what the caller reports. */
export async function packageSite({ site, out }) {
  const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  const files = new Map(listFiles(site).sort().map((file) => [relative(site, file).split("\\").join("/"), readFileSync(file)]));
  const leftIn = [...files.keys()].filter((name) => DEVELOPER_FILES.some((pattern) => pattern.test(name)));
  if (leftIn.length > 0) throw new PackageError(`the build left developer files in: ${leftIn.join(", ")} (was --env production ignored?)`);
  const problems = await manifestProblems(site, files, version);
  if (problems.length > 0) throw new PackageError(`the manifest is not deployable:\n  ${problems.join("\n  ")}`);

  const checksums = [...files].map(([name, bytes]) => `${sha256(bytes)}  ${name}\n`).join("");
  const entries = Object.fromEntries([...files].map(([name, bytes]) => [name, [bytes, { level: STORED.test(name) ? 0 : 9 }]]));
  entries[CHECKSUMS_FILE] = [Buffer.from(checksums), { level: 9 }];
  const zip = zipSync(entries);
  const zipPath = join(out, `presend-${version}.zip`);
  writeFileSync(zipPath, zip);
  return { zipPath, bytes: zip.length, fileCount: files.size, sha256: sha256(zip) };
}

async function main() {
  const { buildArgs, out, site } = parsePackageArgs(process.argv.slice(2));
  if (!existsSync(out)) throw new PackageError(`--out ${out} does not exist`);
  const build = spawnSync("npm", ["run", "build", "--", "--env", "production", ...buildArgs], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (build.status !== 0) {
    process.exitCode = build.status ?? 1;
    return;
  }
  const result = await packageSite({ site, out });
  console.log(`${result.zipPath}: ${result.fileCount} files and ${CHECKSUMS_FILE}, ${(result.bytes / 1024).toFixed(1)} KB`);
  console.log(`SHA-256 of the package: ${result.sha256}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (error) {
    console.error(`package failed: ${error instanceof PackageError ? error.message : error.stack}`);
    process.exitCode = 1;
  }
}

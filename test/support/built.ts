import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** What the build reads: a change to any of these means dist/ is out of date. */
const BUILD_INPUTS = ["src", "config", "scripts", "public", "data", "assets", "manifest.xml", "webpack.config.js", "package.json"];

function newestTime(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, entry)));
  return newest;
}

/**
 * Whether each of `files` (paths in dist/) was built after the last change to what the build
 * reads. The build writes every file every time (webpack's compareBeforeEmit off), so a
 * file's time is its build's.
 */
export function builtSinceSources(files: readonly string[]): boolean {
  const newestInput = Math.max(...BUILD_INPUTS.map((input) => newestTime(join(ROOT, input))));
  return files.every((file) => existsSync(join(ROOT, "dist", file)) && statSync(join(ROOT, "dist", file)).mtimeMs >= newestInput);
}

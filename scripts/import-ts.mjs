// Lets the build scripts use the project's TypeScript (the policy schema, the manifest
// cross-checks) without a second copy in JavaScript: bundle the module for Node in
// memory and import the result.
import { build } from "esbuild";

export async function importTs(entryFile) {
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const code = Buffer.from(result.outputFiles[0].contents).toString("base64");
  return import(`data:text/javascript;base64,${code}`);
}

// `npm start`: builds dist/ and serves it on http://127.0.0.1:3000 (PORT to change) for the
// playground and for trying the pane in a browser.
// `npm start -- --https`: serves https://localhost:3000 with the Office dev certificates
// (`npx office-addin-dev-certs install` makes them), which is what Outlook loads the add-in
// from when sideloaded; `npm run start:outlook` does both and sideloads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import staticServer from "./static-server.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is not a port number`);
  process.exit(2);
}
const args = process.argv.slice(2);
const https = args.includes("--https");
const buildArgs = args.filter((arg) => arg !== "--https");

/** Where office-addin-dev-certs puts the localhost certificate it makes trusted. */
function devCertificate() {
  const dir = process.env.PRESEND_CERT_DIR || join(homedir(), ".office-addin-dev-certs");
  const cert = join(dir, "localhost.crt");
  const key = join(dir, "localhost.key");
  if (!existsSync(cert) || !existsSync(key)) {
    console.error(`No dev certificate in ${dir}. Make one with: npx office-addin-dev-certs install`);
    process.exit(2);
  }
  return { cert: readFileSync(cert), key: readFileSync(key) };
}

// Extra arguments go to the build (npm start -- --env publicUrl=https://…).
const build = spawnSync("npm", ["run", "build", "--", ...buildArgs], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const handler = staticServer.createStaticHandler(join(root, "dist"));
// Outlook fetches https://localhost:3000, so HTTPS listens on localhost; plain HTTP stays on loopback only.
const host = https ? "localhost" : "127.0.0.1";
const server = https ? createHttpsServer(devCertificate(), handler) : createServer(handler);
server.on("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is in use: try PORT=${port + 1} npm start` : error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  const base = `${https ? "https" : "http"}://${host}:${server.address().port}`;
  console.log(`
Serving dist/ at ${base}/ (Ctrl+C to stop)
  Playground  ${base}/playground/     a fake Outlook compose window running the real add-in
  Task pane   ${base}/taskpane.html   needs Outlook (office.js); try it through the playground
  Manifest    ${base}/manifest.xml
  Policy      ${base}/policy.json
${https ? "" : `
To try Presend in Outlook, sideload it with: npm run start:outlook
(Outlook loads add-ins only over HTTPS, from the manifest's https://localhost:3000 or your --env publicUrl.)
`}`);
});

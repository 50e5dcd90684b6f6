// `npm start`: builds dist/ and serves it on http://127.0.0.1:3000 (PORT to change) for the
// playground and for trying the pane in a browser. Outlook itself needs HTTPS: npm run start:outlook.
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import staticServer from "./static-server.cjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const host = "127.0.0.1";
const port = Number(process.env.PORT || 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT=${process.env.PORT} is not a port number`);
  process.exit(2);
}

// Extra arguments go to the build (npm start -- --env publicUrl=https://…).
const build = spawnSync("npm", ["run", "build", "--", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = createServer(staticServer.createStaticHandler(join(root, "dist")));
server.on("error", (error) => {
  console.error(error.code === "EADDRINUSE" ? `Port ${port} is in use: try PORT=${port + 1} npm start` : error.message);
  process.exit(1);
});
server.listen(port, host, () => {
  const base = `http://${host}:${server.address().port}`;
  console.log(`
Serving dist/ at ${base}/ (Ctrl+C to stop)
  Playground  ${base}/playground/     a fake Outlook compose window running the real add-in
  Task pane   ${base}/taskpane.html   needs Outlook (office.js); try it through the playground
  Manifest    ${base}/manifest.xml
  Policy      ${base}/policy.json

To try Presend in Outlook, sideload it with: npm run start:outlook
(Outlook loads add-ins only over HTTPS, from the manifest's https://localhost:3000 or your --env publicUrl.)
`);
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkManifest, parseXml, readImageSize, type ManifestCheckInput, type ServedFiles } from "../scripts/manifest-checks";

const root = join(__dirname, "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
const packageVersion: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

// What the built handler contains, reduced to the parts the checks look for.
const HANDLER_JS =
  'var c={message:"PresendTaskpaneButton",meeting:"PresendMeetingPaneButton"};' +
  'function h(e){e.completed({allowEvent:!1,errorMessage:"x",commandId:c.message})}' +
  'Office.actions.associate("onNewMessageComposeHandler",function(e){e.completed()});' +
  'Office.actions.associate("onMessageSendHandler",h);Office.actions.associate("onAppointmentSendHandler",h);';

function readIcon(path: string): Uint8Array | null {
  const file = join(root, path);
  return existsSync(file) ? readFileSync(file) : null;
}

/** dist/ as the build lays it out: the committed icons, and every page present. */
const builtFiles: ServedFiles = {
  label: "dist/",
  read: (path) => (path.startsWith("assets/") ? readIcon(path) : new Uint8Array(0)),
};

function problemsOf(xml: string, input: Partial<ManifestCheckInput> = {}): string[] {
  return checkManifest({ label: "manifest.xml", xml, packageVersion, launcheventJs: HANDLER_JS, files: builtFiles, ...input })
    .problems;
}

/** Replaces text that must be present, so a mutation can never silently do nothing. */
function mutate(from: string | RegExp, to: string): string {
  const changed = manifest.replace(from, to);
  if (changed === manifest) throw new Error(`mutation ${String(from)} did not apply`);
  return changed;
}

function lineOf(xml: string, text: string): number {
  return xml.slice(0, xml.indexOf(text)).split("\n").length;
}

describe("manifest cross-checks", () => {
  it("pass on the real manifest, alone and with the built files", () => {
    const alone = checkManifest({ label: "manifest.xml", xml: manifest, packageVersion });
    expect(alone).toEqual({ base: "https://localhost:3000", problems: [] });
    expect(problemsOf(manifest)).toEqual([]);
  });

  it("pass on the manifest rewritten to another base, and find that base", () => {
    const moved = manifest.split("https://localhost:3000").join("https://addins.example.com/presend");
    const report = checkManifest({ label: "dist/manifest.xml", xml: moved, launcheventJs: HANDLER_JS, files: builtFiles });
    expect(report).toEqual({ base: "https://addins.example.com/presend", problems: [] });
  });

  it("report a dangling resid on the line of the element using it", () => {
    const xml = mutate('<Label resid="Group.Label"/>', '<Label resid="Group.Lable"/>');
    expect(problemsOf(xml)).toEqual([
      `manifest.xml:${lineOf(xml, "Group.Lable")}: <Label resid="Group.Lable">: no ShortString resource has this id`,
    ]);
  });

  const mutations: [string, string, RegExp][] = [
    ["an http URL", mutate('DefaultValue="https://localhost:3000/taskpane.html"', 'DefaultValue="http://localhost:3000/taskpane.html"'),
      /http:\/\/localhost:3000\/taskpane\.html must use https:\/\//],
    ["a URL outside the base", mutate('"https://localhost:3000/assets/icon-16.png"', '"https://cdn.example.com/icon-16.png"'),
      /https:\/\/cdn\.example\.com\/icon-16\.png is not under https:\/\/localhost:3000\//],
    ["a resid of 33 characters", manifest.split("TaskpaneButton.Tooltip").join("TaskpaneButton.Tooltip".padEnd(33, "X")),
      /resid has 33 characters \(at most 32\)/],
    ["a resource id of 33 characters", manifest.split("TaskpaneButton.Tooltip").join("TaskpaneButton.Tooltip".padEnd(33, "X")),
      /resource id "TaskpaneButton\.TooltipXXXXXXXXXXX" has 33 characters/],
    ["a resid naming the wrong kind of resource", mutate('<Title resid="TaskpaneButton.Label"/>', '<Title resid="TaskpaneButton.Tooltip"/>'),
      /<Title resid="TaskpaneButton\.Tooltip">: names a LongString, expected a ShortString/],
    ["a LaunchEvent SourceLocation that is not the Runtime", mutate('<SourceLocation resid="WebViewRuntime.Url"/>', '<SourceLocation resid="JSRuntime.Url"/>'),
      /LaunchEvent SourceLocation resid "JSRuntime\.Url" must equal the Runtime resid "WebViewRuntime\.Url"/],
    ["a renamed pane button", mutate('id="PresendTaskpaneButton"', 'id="PresendPaneButton"'),
      /no MessageComposeCommandSurface Control id="PresendTaskpaneButton"/],
    ["a meeting pane button missing from the organizer's ribbon", mutate('id="PresendMeetingPaneButton"', 'id="PresendMeetingButton"'),
      /no AppointmentOrganizerCommandSurface Control id="PresendMeetingPaneButton" \(the handler's commandId for OnAppointmentSend\)/],
    ["the meeting pane button on the message ribbon", mutate('xsi:type="AppointmentOrganizerCommandSurface"', 'xsi:type="MessageReadCommandSurface"'),
      /no AppointmentOrganizerCommandSurface Control id="PresendMeetingPaneButton"/],
    ["no activation rule for meetings", mutate('<Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Edit"/>', ""),
      /no <Rule xsi:type="ItemIs" ItemType="Appointment" FormType="Edit">: the PresendMeetingPaneButton button never shows/],
    ["a misspelt event", mutate('Type="OnMessageSend"', 'Type="OnMesageSend"'), /no <LaunchEvent Type="OnMessageSend">/],
    ["no meeting event", mutate(/<LaunchEvent Type="OnAppointmentSend"[^>]*\/>/, ""), /no <LaunchEvent Type="OnAppointmentSend">/],
    ["another handler name", mutate('FunctionName="onMessageSendHandler"', 'FunctionName="onSend"'),
      /OnMessageSend must call onMessageSendHandler, not onSend/],
    ["another meeting handler name", mutate('FunctionName="onAppointmentSendHandler"', 'FunctionName="onMessageSendHandler"'),
      /OnAppointmentSend must call onAppointmentSendHandler, not onMessageSendHandler/],
    ["a requirement set without OnMessageSend", mutate('DefaultMinVersion="1.14"', 'DefaultMinVersion="1.11"'),
      /Mailbox 1\.11 is below 1\.12/],
    ["more permission than needed", mutate("<Permissions>ReadWriteItem</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>"),
      /Permissions must be ReadWriteItem/],
    ["a version behind package.json", mutate(/<Version>[^<]*<\/Version>/, "<Version>0.0.9.0</Version>"),
      /Version 0\.0\.9\.0 does not match package\.json/],
    ["a label without Japanese", mutate(/(<bt:String id="TaskpaneButton.Label"[^>]*>)\s*<bt:Override[^>]*\/>/, "$1"),
      /TaskpaneButton\.Label has no ja-JP Override/],
    ["a duplicate control id", mutate('<Group id="PresendComposeGroup">', '<Group id="PresendTaskpaneButton">'),
      /control id "PresendTaskpaneButton" is used twice/],
    ["XML that is not well-formed", mutate("</Hosts>", "</Host>"), /manifest\.xml: line \d+: Opening and ending tag mismatch: "Hosts" != "Host"/],
  ];
  it.each(mutations)("report %s", (_name, xml, expected) => {
    expect(problemsOf(xml)).toContainEqual(expect.stringMatching(expected));
  });

  it.each(["onMessageSendHandler", "onAppointmentSendHandler"])("report a handler that never associates %s", (name) => {
    const js = HANDLER_JS.replace(`Office.actions.associate("${name}",h);`, "");
    expect(problemsOf(manifest, { launcheventJs: js })).toEqual([
      expect.stringMatching(new RegExp(`FunctionName ${name}: launchevent\\.js never calls Office\\.actions\\.associate`)),
    ]);
  });

  it("report a commandId in the handler that names no control", () => {
    const js = HANDLER_JS.replace('meeting:"PresendMeetingPaneButton"', 'meeting:"x"').replace("commandId:c.message", 'commandId:"OpenPaneButton"');
    expect(problemsOf(manifest, { launcheventJs: js })).toEqual([
      expect.stringMatching(/launchevent\.js does not use the commandId "PresendMeetingPaneButton"/),
      'manifest.xml: launchevent.js uses commandId "OpenPaneButton", which is no control id in the manifest',
    ]);
  });

  it("report a URL whose file was not built", () => {
    const files: ServedFiles = { label: "dist/", read: (path) => (path === "taskpane.html" ? null : builtFiles.read(path)) };
    const problems = problemsOf(manifest, { files });
    expect(problems.length).toBe(2); // the base form's SourceLocation and the pane's Url
    for (const problem of problems) expect(problem).toMatch(/taskpane\.html: dist\/taskpane\.html does not exist/);
  });

  it("report an icon of the wrong size or format", () => {
    const files: ServedFiles = {
      label: "dist/",
      read: (path) => (path === "assets/icon-80.png" ? readIcon("assets/icon-32.png") : path === "assets/icon-64.png" ? new Uint8Array(30) : builtFiles.read(path)),
    };
    expect(problemsOf(manifest, { files })).toEqual([
      expect.stringMatching(/icon-64\.png is not a PNG/),
      // Once per button that shows it: the message and the meeting ribbons.
      expect.stringMatching(/icon-80\.png is 32×32, expected 80×80/),
      expect.stringMatching(/icon-80\.png is 32×32, expected 80×80/),
    ]);
  });
});

describe("readImageSize and parseXml", () => {
  it.each([16, 32, 64, 80, 128])("read the committed %i px icon's size", (size) => {
    expect(readImageSize(readFileSync(join(root, `assets/icon-${size}.png`)))).toEqual({ type: "png", width: size, height: size });
  });

  it("tell another format, and bytes that are no image", () => {
    expect(readImageSize(Buffer.from("GIF89a\x10\x00\x20\x00\x00\x00\x00", "latin1"))).toEqual({ type: "gif", width: 16, height: 32 });
    expect(readImageSize(new Uint8Array(30))).toBeNull();
  });

  it("read attributes with entities and keep line numbers", () => {
    const root = parseXml('<?xml version="1.0"?>\n<!-- c -->\n<a x="1 &amp; 2">\n  <b y=\'&lt;\'/>\n  text &#x41;\n</a>');
    expect(root.attributes).toEqual({ x: "1 & 2" });
    expect(root.children[0]).toMatchObject({ name: "b", attributes: { y: "<" }, line: 4 });
    expect(root.text.trim()).toBe("text A");
  });

  it("reject unclosed elements", () => {
    expect(() => parseXml("<a><b></a>")).toThrow('line 1: Opening and ending tag mismatch: "b" != "a"');
    expect(() => parseXml("<a><b/>")).toThrow("line 1: unclosed xml tag(s): a");
    expect(() => parseXml("<a>&unknown;</a>")).toThrow(/entity not found:&unknown;/);
  });
});

const schemaDir = join(root, "../shared/schemas/office-addin-manifest");
const describeSchema = existsSync(schemaDir) ? describe : describe.skip;

describeSchema(`XML Schema (${existsSync(schemaDir) ? "xmllint" : "skipped: ../shared/schemas not in this checkout"})`, () => {
  const xmllint = (file: string) =>
    spawnSync("xmllint", ["--noout", "--nonet", "--schema", join(schemaDir, "OfficeAppManifestV1_1.xsd"), file], { encoding: "utf8" });

  it("accepts manifest.xml", () => {
    const result = xmllint(join(root, "manifest.xml"));
    expect(result.stderr.trim()).toMatch(/validates$/);
    expect(result.status).toBe(0);
  });

  it("rejects a SendMode Outlook does not know", () => {
    const dir = mkdtempSync(join(tmpdir(), "presend-manifest-"));
    try {
      const file = join(dir, "manifest.xml");
      writeFileSync(file, mutate('SendMode="SoftBlock"', 'SendMode="Maybe"'));
      const result = xmllint(file);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(/SendMode.*Maybe/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("build options", () => {
  // Only refusals: webpack.config.js throws before dist/ is touched, so other tests reading dist/ are safe.
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const build = (...args: string[]) => spawnSync(process.execPath, [webpackCli, ...args], { cwd: root, encoding: "utf8" });

  it.each([
    [["--env", "publicUrl=http://addins.example.com"], /publicUrl http:\/\/addins\.example\.com must use https:\/\//],
    [["--env", "publicUrl=https://addins.example.com/?v=2"], /without query, fragment or credentials/],
    [["--env", "publicUrl"], /--env publicUrl: expected publicUrl=https:\/\/…/],
    [["--env", "publicURL=https://addins.example.com"], /--env publicURL: unknown setting/],
    [["--public-url", "https://addins.example.com"], /Unknown option '--public-url'/],
    [["--env", "manifestId=pilot"], /manifestId "pilot" is not a GUID/],
    [["--env", "production=yes"], /--env production=yes: production is a flag/],
  ])("refuse %j", (args, message) => {
    const result = build(...args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(existsSync(join(root, "dist", "manifest.xml"))).toBe(true);
  });
});

/**
 * Cross-checks of the add-in manifest that its XML Schema cannot make (see
 * shared/schemas/office-addin-manifest/README.md, "What the schemas cannot catch"):
 * resource references, the event runtime, the handler's names in the built script,
 * https URLs under one base, icon files and sizes. Pure: callers pass file contents,
 * so the tests can feed mutated copies. scripts/validate-manifest.mjs runs it.
 */

import { DOMParser, MIME_TYPE, onErrorStopParsing, type Document, type Element } from "@xmldom/xmldom";
import { imageSize } from "image-size";
import { compareVersions } from "../src/office/requirement-sets";

/**
 * The contract between manifest and handler (notes/office-contract.md): each send event,
 * the function it calls, and the pane button on the same item's ribbon that the handler
 * names as commandId ("Take action" in the Smart Alerts dialog opens it).
 */
export const SEND_EVENTS = [
  { type: "OnMessageSend", functionName: "onMessageSendHandler", surface: "MessageComposeCommandSurface", commandId: "PresendTaskpaneButton", itemType: "Message" },
  { type: "OnAppointmentSend", functionName: "onAppointmentSendHandler", surface: "AppointmentOrganizerCommandSurface", commandId: "PresendMeetingPaneButton", itemType: "Appointment" },
] as const;
export const REQUIRED_PERMISSION = "ReadWriteItem";
export const TRANSLATED_LOCALE = "ja-JP";
const MAX_RESID_LENGTH = 32;
/** OnMessageSend and OnAppointmentSend arrived in Mailbox 1.12. */
const SEND_EVENT_MIN_MAILBOX = "1.12";
const SEND_EVENT_TYPES: readonly string[] = SEND_EVENTS.map((event) => event.type);
/** Outlook shows IconUrl at 64×64 and HighResolutionIconUrl at 128×128. */
const ADDIN_ICON_SIZES: Record<string, number> = { IconUrl: 64, HighResolutionIconUrl: 128 };

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/**
 * The manifest as a tree of elements with their line numbers, read by @xmldom/xmldom (a
 * well-kept W3C DOM parser): any well-formedness error stops it, with its line.
 */
export function parseXml(text: string): XmlElement {
  let document: Document;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, MIME_TYPE.XML_TEXT);
  } catch (error) {
    const { message, locator } = error as Error & { locator?: { lineNumber?: number } };
    throw new Error(locator?.lineNumber ? `line ${locator.lineNumber}: ${message}` : message, { cause: error });
  }
  if (!document.documentElement) throw new Error("no root element");
  return toElement(document.documentElement);
}

function toElement(node: Element): XmlElement {
  const element: XmlElement = { name: node.tagName, attributes: {}, children: [], text: "", line: node.lineNumber ?? 0 };
  for (const attribute of Array.from(node.attributes)) element.attributes[attribute.name] = attribute.value;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === child.ELEMENT_NODE) element.children.push(toElement(child as Element));
    else if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) element.text += child.nodeValue ?? "";
  }
  return element;
}

function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(":") + 1);
}

function descendants(element: XmlElement, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (parent: XmlElement) => {
    for (const child of parent.children) {
      if (name === undefined || localName(child) === name) found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child) === name);
}

function xsiType(element: XmlElement): string | undefined {
  return element.attributes["xsi:type"];
}

/** An image's format and size, read by image-size; null when the bytes are no image it knows. */
export function readImageSize(bytes: Uint8Array): { type: string; width: number; height: number } | null {
  try {
    const { type, width, height } = imageSize(bytes);
    return type && width && height ? { type, width, height } : null;
  } catch {
    return null;
  }
}

type ResourceKind = "Image" | "Url" | "ShortString" | "LongString";
const RESOURCE_GROUPS: Record<string, ResourceKind> = {
  Images: "Image",
  Urls: "Url",
  ShortStrings: "ShortString",
  LongStrings: "LongString",
};

/** What kind of resource an element's resid must name, by the element it sits on. */
function expectedKind(element: XmlElement): ResourceKind | null {
  switch (localName(element)) {
    case "Runtime":
    case "Override":
    case "SourceLocation":
    case "FunctionFile":
      return "Url";
    case "Label":
    case "Title":
      return "ShortString";
    case "Description":
      return "LongString";
    case "Image":
      return "Image";
    default:
      return null;
  }
}

export interface ServedFiles {
  /** How to name the folder in messages, e.g. "dist/". */
  label: string;
  /** The bytes of a file below the base URL, or null when it does not exist. */
  read(path: string): Uint8Array | null;
}

export interface ManifestCheckInput {
  /** The manifest's file name, used in every message. */
  label: string;
  xml: string;
  /** package.json version: the manifest Version must match it. */
  packageVersion?: string;
  /** The built event script (dist/launchevent.js): checked for associate() and the command id. */
  launcheventJs?: string;
  /** The files served at the base URL (dist/): every URL must name one, icons must have their sizes. */
  files?: ServedFiles;
}

export interface ManifestReport {
  /** The URL base every add-in URL must sit under: the event runtime page's folder. */
  base: string | null;
  problems: string[];
}

interface UrlUse {
  element: XmlElement;
  value: string;
}

export function checkManifest(input: ManifestCheckInput): ManifestReport {
  const problems: string[] = [];
  const report = (element: XmlElement | null, message: string) =>
    problems.push(`${input.label}${element ? `:${element.line}` : ""}: ${message}`);

  let root: XmlElement;
  try {
    root = parseXml(input.xml);
  } catch (error) {
    report(null, (error as Error).message);
    return { base: null, problems };
  }
  if (localName(root) !== "OfficeApp" || xsiType(root) !== "MailApp") {
    report(root, 'the root must be <OfficeApp xsi:type="MailApp">');
    return { base: null, problems };
  }
  const all = descendants(root);

  // Resources: unique ids of at most 32 characters.
  const resources = new Map<string, { kind: ResourceKind; element: XmlElement }>();
  for (const group of all.filter((element) => RESOURCE_GROUPS[localName(element)])) {
    const kind = RESOURCE_GROUPS[localName(group)];
    for (const resource of group.children) {
      const id = resource.attributes.id ?? "";
      if (resources.has(id)) report(resource, `resource id "${id}" is defined twice`);
      if (id.length > MAX_RESID_LENGTH) report(resource, `resource id "${id}" has ${id.length} characters (at most ${MAX_RESID_LENGTH})`);
      resources.set(id, { kind, element: resource });
    }
  }

  // Every resid names a resource of the kind its element needs.
  for (const element of all.filter((e) => e.attributes.resid !== undefined)) {
    const resid = element.attributes.resid;
    const where = `<${localName(element)} resid="${resid}">`;
    if (resid.length > MAX_RESID_LENGTH) report(element, `${where}: resid has ${resid.length} characters (at most ${MAX_RESID_LENGTH})`);
    const expected = expectedKind(element);
    const resource = resources.get(resid);
    if (!expected) report(element, `${where}: this element does not take a resid`);
    else if (!resource) report(element, `${where}: no ${expected} resource has this id`);
    else if (resource.kind !== expected) report(element, `${where}: names a ${resource.kind}, expected a ${expected}`);
  }
  const urlOf = (resid: string | undefined) => {
    const resource = resid === undefined ? undefined : resources.get(resid);
    return resource?.kind === "Url" || resource?.kind === "Image" ? resource.element.attributes.DefaultValue : undefined;
  };

  // One event runtime; the LaunchEvent extension point loads it.
  const runtimes = all.filter((e) => localName(e) === "Runtime");
  if (runtimes.length !== 1) report(runtimes[1] ?? root, `Outlook allows exactly one Runtime, found ${runtimes.length}`);
  const runtime = runtimes[0];
  const scriptOverrides = runtime ? childrenNamed(runtime, "Override") : [];
  if (runtime && scriptOverrides.length !== 1) {
    report(runtime, `the Runtime needs exactly one <Override type="javascript"> (classic Outlook on Windows), found ${scriptOverrides.length}`);
  }
  const runtimePage = urlOf(runtime?.attributes.resid);
  const base = runtimePage ? runtimePage.slice(0, runtimePage.lastIndexOf("/")) : null;

  const launchPoints = all.filter((e) => localName(e) === "ExtensionPoint" && xsiType(e) === "LaunchEvent");
  const launchEvents = launchPoints.flatMap((point) => descendants(point, "LaunchEvent"));
  for (const point of launchPoints) {
    const source = childrenNamed(point, "SourceLocation")[0];
    if (runtime && source && source.attributes.resid !== runtime.attributes.resid) {
      report(source, `the LaunchEvent SourceLocation resid "${source.attributes.resid}" must equal the Runtime resid "${runtime.attributes.resid}"`);
    }
  }
  const sendHandlers: XmlElement[] = [];
  for (const expected of SEND_EVENTS) {
    const handler = launchEvents.find((event) => event.attributes.Type === expected.type);
    if (!handler) {
      report(launchPoints[0] ?? root, `no <LaunchEvent Type="${expected.type}"> (event names are case-sensitive)`);
      continue;
    }
    sendHandlers.push(handler);
    if (handler.attributes.FunctionName !== expected.functionName) {
      report(handler, `${expected.type} must call ${expected.functionName}, not ${handler.attributes.FunctionName}`);
    }
  }
  for (const event of launchEvents) {
    if (event.attributes.SendMode !== undefined && !SEND_EVENT_TYPES.includes(event.attributes.Type)) {
      report(event, `SendMode only applies to ${SEND_EVENT_TYPES.join(" and ")}, not ${event.attributes.Type}`);
    }
  }

  // The Mailbox requirement covers the send event.
  const requiredSets = all.filter((e) => localName(e) === "Sets" && e.attributes.DefaultMinVersion !== undefined);
  for (const sets of requiredSets) {
    const mailbox = childrenNamed(sets, "Set").find((set) => set.attributes.Name === "Mailbox");
    const version = mailbox?.attributes.MinVersion ?? sets.attributes.DefaultMinVersion;
    if (sendHandlers.length > 0 && compareVersions(version, SEND_EVENT_MIN_MAILBOX) < 0) {
      report(sets, `Mailbox ${version} is below ${SEND_EVENT_MIN_MAILBOX}, the first requirement set with ${SEND_EVENT_TYPES.join(" and ")}`);
    }
  }

  // Controls: unique ids, and the pane button the handler's "Take action" opens.
  const controls = all.filter((e) => localName(e) === "Control" || localName(e) === "Group");
  const controlIds = new Set<string>();
  for (const control of controls) {
    const id = control.attributes.id;
    if (controlIds.has(id)) report(control, `control id "${id}" is used twice`);
    controlIds.add(id);
  }
  // Each pane button sits on its item's ribbon, which shows only where an activation rule admits that item in compose.
  const itemRules = all.filter((e) => localName(e) === "Rule" && xsiType(e) === "ItemIs");
  const paneButtons = new Map<string, XmlElement>();
  for (const expected of SEND_EVENTS) {
    const surfaces = all.filter((e) => localName(e) === "ExtensionPoint" && xsiType(e) === expected.surface);
    const paneButton = surfaces
      .flatMap((surface) => descendants(surface, "Control"))
      .find((control) => control.attributes.id === expected.commandId);
    if (!paneButton) {
      report(surfaces[0] ?? root, `no ${expected.surface} Control id="${expected.commandId}" (the handler's commandId for ${expected.type})`);
    } else {
      paneButtons.set(expected.commandId, paneButton);
      if (!childrenNamed(paneButton, "Action").some((action) => xsiType(action) === "ShowTaskpane")) {
        report(paneButton, `${expected.commandId} must be a ShowTaskpane button`);
      }
    }
    if (!itemRules.some((rule) => rule.attributes.ItemType === expected.itemType && rule.attributes.FormType === "Edit")) {
      report(root, `no <Rule xsi:type="ItemIs" ItemType="${expected.itemType}" FormType="Edit">: the ${expected.commandId} button never shows`);
    }
  }

  // The built handler registers every FunctionName and opens an existing control.
  const script = input.launcheventJs;
  if (script !== undefined) {
    for (const event of launchEvents) {
      const name = event.attributes.FunctionName;
      const associated = new RegExp(`Office\\.actions\\.associate\\(\\s*["'\`]${name}["'\`]`).test(script);
      if (!associated) report(event, `FunctionName ${name}: launchevent.js never calls Office.actions.associate("${name}", …)`);
    }
    for (const { commandId } of SEND_EVENTS) {
      if (!script.includes(commandId)) report(paneButtons.get(commandId) ?? null, `launchevent.js does not use the commandId "${commandId}"`);
    }
    for (const [, commandId] of script.matchAll(/commandId\s*:\s*["'`]([^"'`]+)["'`]/g)) {
      if (!controlIds.has(commandId)) report(null, `launchevent.js uses commandId "${commandId}", which is no control id in the manifest`);
    }
  }

  // URLs: https, under the runtime's base, served, icons of the right size.
  const urls: UrlUse[] = [];
  const addUrl = (element: XmlElement) => {
    if (element.attributes.DefaultValue !== undefined) urls.push({ element, value: element.attributes.DefaultValue });
    for (const override of childrenNamed(element, "Override")) {
      if (override.attributes.Value !== undefined) urls.push({ element: override, value: override.attributes.Value });
    }
  };
  for (const element of all) {
    const name = localName(element);
    if (name === "IconUrl" || name === "HighResolutionIconUrl" || name === "SupportUrl" || name === "SourceLocation") addUrl(element);
    const resource = resources.get(element.attributes.id ?? "");
    if (resource?.element === element && (resource.kind === "Url" || resource.kind === "Image")) addUrl(element);
    if (name === "AppDomain" && !element.text.trim().startsWith("https://")) {
      report(element, `AppDomain ${element.text.trim()} must use https://`);
    }
  }
  const servedPath = (value: string) => value.slice((base ?? "").length + 1).replace(/[?#].*$/, "");
  for (const { element, value } of urls) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      report(element, `${value} is not a URL`);
      continue;
    }
    if (url.protocol !== "https:") report(element, `${value} must use https://`);
    else if (base && !value.startsWith(`${base}/`)) report(element, `${value} is not under ${base}/ (the Runtime page's folder)`);
    else if (base && input.files && input.files.read(decodeURIComponent(servedPath(value))) === null) {
      report(element, `${value}: ${input.files.label}${servedPath(value)} does not exist`);
    }
  }

  if (input.files && base) {
    const expectIcon = (element: XmlElement, url: string | undefined, size: number) => {
      if (!url || !url.startsWith(`${base}/`)) return;
      const bytes = input.files?.read(decodeURIComponent(servedPath(url)));
      if (!bytes) return; // reported above
      const found = readImageSize(bytes);
      if (found?.type !== "png") report(element, `${url} is not a PNG${found ? ` (a ${found.type.toUpperCase()} image)` : ""}`);
      else if (found.width !== size || found.height !== size) {
        report(element, `${url} is ${found.width}×${found.height}, expected ${size}×${size}`);
      }
    };
    for (const element of all) {
      const size = ADDIN_ICON_SIZES[localName(element)];
      if (size) expectIcon(element, element.attributes.DefaultValue, size);
      if (localName(element) === "Image" && element.attributes.size !== undefined) {
        expectIcon(element, urlOf(element.attributes.resid), Number(element.attributes.size));
      }
    }
  }

  // Least privilege, the package version, and a Japanese text for every visible string.
  const permissions = all.find((e) => localName(e) === "Permissions");
  if (permissions?.text.trim() !== REQUIRED_PERMISSION) {
    report(permissions ?? root, `Permissions must be ${REQUIRED_PERMISSION} (what the handler and pane need, nothing more)`);
  }
  const version = root.children.find((e) => localName(e) === "Version");
  if (input.packageVersion && version) {
    const wanted = input.packageVersion.replace(/[-+].*$/, "").split(".").map(Number);
    const given = version.text.trim().split(".").map(Number);
    if (wanted.some((part, i) => part !== (given[i] ?? 0)) || given.slice(wanted.length).some((part) => part !== 0)) {
      report(version, `Version ${version.text.trim()} does not match package.json ${input.packageVersion} (expected ${wanted.join(".")}.0)`);
    }
  }
  const texts = [
    ...root.children.filter((e) => localName(e) === "DisplayName" || localName(e) === "Description"),
    ...[...resources.values()].filter((r) => r.kind === "ShortString" || r.kind === "LongString").map((r) => r.element),
  ];
  for (const text of texts) {
    if (!childrenNamed(text, "Override").some((o) => o.attributes.Locale === TRANSLATED_LOCALE)) {
      report(text, `${text.attributes.id ?? localName(text)} has no ${TRANSLATED_LOCALE} Override`);
    }
  }

  return { base, problems };
}

/** The URL base of the source manifest.xml; the build replaces it with publicUrl. */
export const SOURCE_BASE = "https://localhost:3000";

/**
 * The manifest as the build writes it from the source: every URL under `publicUrl`, the
 * version (package.json's, four numbers) and, for a pilot, another add-in Id. <Version> and
 * <Id> are found by the parser (exactly one of each under the root) and their text replaced
 * on their own line, so the rest of the file stays byte for byte as written.
 */
export function buildManifest(sourceXml: string, settings: { publicUrl: string; version: string; id?: string }): string {
  const lines = sourceXml.split(SOURCE_BASE).join(settings.publicUrl).split("\n");
  const root = parseXml(sourceXml);
  const replace = (name: string, value: string) => {
    const found = root.children.filter((element) => localName(element) === name);
    if (found.length !== 1) throw new Error(`manifest.xml must have exactly one <${name}> under <OfficeApp>, found ${found.length}`);
    const [element] = found;
    const written = `<${element.name}>${element.text}</${element.name}>`;
    const line = lines[element.line - 1];
    if (!line?.includes(written)) throw new Error(`manifest.xml:${element.line}: <${name}> must be written on one line as ${written}`);
    lines[element.line - 1] = line.replace(written, () => `<${element.name}>${value}</${element.name}>`);
  };
  replace("Version", settings.version);
  if (settings.id !== undefined) replace("Id", settings.id);
  return lines.join("\n");
}

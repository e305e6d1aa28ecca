// The add-in manifest for a place it is served from, and its offline checks. Used by the build
// (dist/manifest.xml for ADDIN_ORIGIN), by `npm run validate` and by the tests. Offline because
// Microsoft's `office-addin-manifest validate` posts the file to an online service; these checks
// follow the manifest schema's element order, resource rules and limits, as the tests pin them.
/* eslint-disable @typescript-eslint/no-require-imports */
const { DOMParser } = require("@xmldom/xmldom");

/** Where `manifest.xml` (the development manifest) points: the dev server. */
const DEV_ORIGIN = "https://localhost:3000";

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const OFFICE_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";

/**
 * The origin (and optional path) the add-in is served from, checked: https, a host name, no
 * query or fragment; without a trailing slash. Throws an Error saying what is wrong.
 */
function parseOrigin(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    throw new Error(`ADDIN_ORIGIN "${text}" is not a URL; give the https address the add-in is served from`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_ORIGIN "${text}" must use https (Office loads add-ins over https only)`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`ADDIN_ORIGIN "${text}" may hold a host and a path, nothing else`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** The manifest's version (four numbers) for a package version such as `0.2.1`. */
const manifestVersion = (version) => {
  const parts = String(version)
    .split(/[.-]/)
    .slice(0, 3)
    .map((p) => String(Number.parseInt(p, 10) || 0));
  while (parts.length < 3) parts.push("0");
  return `${parts.join(".")}.0`;
};

/** The development manifest with every URL moved to `origin` and the package's version. */
function manifestFor(devXml, { origin, version }) {
  const base = parseOrigin(origin);
  let out = devXml.split(DEV_ORIGIN).join(base);
  if (version !== undefined)
    out = out.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  return out;
}

const elementChildren = (e) => Array.from(e.childNodes).filter((n) => n.nodeType === 1);

/** Null when `actual` follows `sequence` (entries ending in `?` are optional), else what is wrong. */
function followsSequence(actual, sequence) {
  let i = 0;
  for (const entry of sequence) {
    const optional = entry.endsWith("?");
    const name = optional ? entry.slice(0, -1) : entry;
    if (actual[i] === name) i++;
    else if (!optional) return `missing or misplaced <${name}> (found <${actual[i] ?? "end"}> at position ${i})`;
  }
  return i === actual.length ? null : `unexpected <${actual[i]}> at position ${i}`;
}

const TOP_LEVEL = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl?",
  "AppDomains?",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

/**
 * Problems with a manifest, as sentences (empty when it is fine). `production`: also no
 * localhost, every URL on one https origin, a SupportUrl (the admin center shows it).
 */
function checkManifest(xml, { production = false } = {}) {
  const problems = [];
  const errors = [];
  let doc;
  try {
    doc = new DOMParser({ onError: (level, msg) => level !== "warning" && errors.push(msg) }).parseFromString(
      xml,
      "text/xml",
    );
  } catch (e) {
    return [`not well-formed XML: ${e instanceof Error ? e.message : String(e)}`];
  }
  const app = doc.documentElement;
  if (errors.length > 0 || !app) return [`not well-formed XML: ${errors[0] ?? "empty"}`];
  if (app.localName !== "OfficeApp" || app.namespaceURI !== OFFICE_APP)
    return ["the root element is not <OfficeApp> of the add-in manifest schema 1.1"];
  if (app.getAttributeNS(XSI, "type") !== "TaskPaneApp") problems.push('<OfficeApp> is not xsi:type="TaskPaneApp"');
  const seq = followsSequence(
    elementChildren(app).map((c) => c.localName),
    TOP_LEVEL,
  );
  if (seq) problems.push(`top-level elements: ${seq}`);
  const one = (parent, name) => elementChildren(parent).find((c) => c.localName === name);
  const id = one(app, "Id")?.textContent ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`<Id> "${id}" is not a GUID`);
  const version = one(app, "Version")?.textContent ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) problems.push(`<Version> "${version}" is not 1–4 numbers`);

  const urls = Array.from(doc.getElementsByTagNameNS("*", "*")).flatMap((e) => {
    const v = e.getAttribute("DefaultValue") ?? "";
    return /^[a-z]+:\/\//i.test(v) ? [{ el: e.localName, url: v }] : [];
  });
  for (const { el, url } of urls) if (!url.startsWith("https://")) problems.push(`<${el}> ${url} is not https`);
  if (production) {
    for (const { el, url } of urls)
      if (/^https:\/\/(localhost|127\.0\.0\.1|\[::1\])([:/]|$)/i.test(url))
        problems.push(`<${el}> still points to the development server: ${url}`);
    const origins = new Set(urls.map(({ url }) => new URL(url).origin));
    if (origins.size > 1) problems.push(`the URLs point to several origins: ${[...origins].join(", ")}`);
    if (!one(app, "SupportUrl")) problems.push("no <SupportUrl>: the admin center shows it to users");
  }

  // Resources: unique ids, every resid resolves, every resource is used, length limits.
  const vo = one(app, "VersionOverrides");
  const res = vo ? one(vo, "Resources") : undefined;
  const ids = new Map();
  for (const group of res ? elementChildren(res) : [])
    for (const item of elementChildren(group)) {
      const rid = item.getAttribute("id");
      if (ids.has(rid)) problems.push(`resource id "${rid}" is declared twice`);
      ids.set(rid, { kind: group.localName, el: item });
    }
  const refs = Array.from(doc.getElementsByTagNameNS("*", "*")).filter((e) => e.hasAttribute("resid"));
  for (const ref of refs) {
    const rid = ref.getAttribute("resid");
    if (rid.length > 32) problems.push(`resid "${rid}" is longer than 32 characters`);
    if (!ids.has(rid)) problems.push(`resid "${rid}" on <${ref.localName}> has no resource`);
  }
  const used = new Set(refs.map((r) => r.getAttribute("resid")));
  for (const rid of ids.keys()) if (!used.has(rid)) problems.push(`resource "${rid}" is never used`);
  for (const [rid, { kind, el }] of ids) {
    if (kind !== "ShortStrings" && kind !== "LongStrings") continue;
    const max = kind === "ShortStrings" ? 125 : 250;
    const da = elementChildren(el).find((o) => o.localName === "Override" && o.getAttribute("Locale") === "da-DK");
    if (!da) problems.push(`string "${rid}" has no da-DK override`);
    for (const v of [el.getAttribute("DefaultValue") ?? "", da?.getAttribute("Value") ?? ""])
      if (v.length > max) problems.push(`string "${rid}" is longer than ${max} characters`);
  }
  return problems;
}

module.exports = { DEV_ORIGIN, parseOrigin, manifestFor, manifestVersion, checkManifest, followsSequence };

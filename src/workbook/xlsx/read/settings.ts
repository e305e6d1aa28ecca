/**
 * Kontrakttjek's settings (bindings, contract, parameters) live inside the workbook as a custom
 * XML part: `customXml/kontrakttjek.xml`, related from the workbook part and given an itemProps
 * part, as Office itself does. Custom XML parts survive saving in Excel (desktop, Mac and web)
 * and LibreOffice keeps them too, unlike an unknown loose part. Excel may rename the part to
 * `customXml/itemN.xml` on save, so it is found by its namespace, never by name; the Office.js
 * adapter can use `workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE)` with the same
 * encoding.
 */
import { strFromU8, strToU8 } from "fflate";
import type { XlsxPackage } from "../zip";
import { CONTENT_TYPE, NS, REL_TYPE } from "../ooxml/namespaces";
import { decodeEntities, INVALID_XML } from "../ooxml/xml";
import { readRels } from "./rels";
import { relsPartOf } from "../ooxml/part-names";
import { packageParts } from "./parts";
import { readWorkbookInfo } from "./workbook";

export const SETTINGS_NAMESPACE = "urn:kontrakttjek:settings:1";
export const SETTINGS_PART = "customXml/kontrakttjek.xml";
const PROPS_PART = "customXml/kontrakttjekProps.xml";
const ITEM_ID = "{5B0E8C7A-4D1F-4E6B-9C2A-6B1F0D3A9E71}";
const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The part's XML. Characters XML cannot carry become JSON `\uXXXX` escapes (valid inside JSON strings). */
export const encodeSettingsXml = (json: string): string => {
  const safe = json.replace(INVALID_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<kontrakttjek xmlns="${SETTINGS_NAMESPACE}"><settings>${escapeXml(safe)}</settings></kontrakttjek>`
  );
};

/** The settings text of a custom XML part, or null when the part is not ours. */
export const decodeSettingsXml = (xml: string): string | null => {
  if (!xml.includes(SETTINGS_NAMESPACE)) return null;
  const m = /<(?:\w+:)?settings(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?settings>|<(?:\w+:)?settings(?:\s[^>]*)?\/>/.exec(
    xml,
  );
  if (!m) return null;
  const body = m[1] ?? "";
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(body.trim());
  if (cdata) return cdata[1] ?? "";
  return decodeEntities(body);
};

/** Custom XML item parts (not their itemProps), in package order. */
const customXmlItems = (names: Iterable<string>): string[] =>
  [...names].filter((n) => /^\/?customXml\/[^/]+\.xml$/i.test(n) && !/itemProps/i.test(n) && !/Props\.xml$/i.test(n));

/** Finds our part by namespace. */
export const findSettingsPart = (
  names: Iterable<string>,
  text: (part: string) => string | undefined,
): string | null => {
  for (const n of customXmlItems(names)) {
    const xml = text(n);
    if (xml !== undefined && decodeSettingsXml(xml) !== null) return n;
  }
  return null;
};

const insertBefore = (xml: string, closing: string, fragment: string): string => {
  const at = xml.lastIndexOf(closing);
  return at < 0 ? xml : xml.slice(0, at) + fragment + xml.slice(at);
};

/** Returns a package with the settings part written (replaced in place when it exists). */
export const withSettings = (pkg: XlsxPackage, json: string): XlsxPackage => {
  const entries = new Map(pkg.entries);
  const order = [...pkg.order];
  const text = (n: string): string | undefined => {
    const b = entries.get(n);
    return b ? strFromU8(b) : undefined;
  };
  const existing = findSettingsPart(entries.keys(), text);
  const body = strToU8(encodeSettingsXml(json));
  if (existing !== null) {
    entries.set(existing, body);
    return { entries, order };
  }
  const put = (name: string, data: string): void => {
    if (!entries.has(name)) order.push(name);
    entries.set(name, strToU8(data));
  };
  put(SETTINGS_PART, encodeSettingsXml(json));
  put(
    PROPS_PART,
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
      `<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="${NS.customXml}">` +
      `<ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  put(
    relsPartOf(SETTINGS_PART),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<Relationships xmlns="${NS.pkgRel}">` +
      `<Relationship Id="rId1" Type="${REL_TYPE.customXmlProps}" Target="kontrakttjekProps.xml"/></Relationships>`,
  );

  const ctName = [...entries.keys()].find((n) => n.toLowerCase() === "[content_types].xml");
  if (ctName !== undefined) {
    let ct = text(ctName) ?? "";
    if (!/Extension="xml"/i.test(ct)) {
      ct = insertBefore(ct, "</Types>", `<Default Extension="xml" ContentType="application/xml"/>`);
    }
    ct = insertBefore(
      ct,
      "</Types>",
      `<Override PartName="/${PROPS_PART}" ContentType="${CONTENT_TYPE.customXmlProps}"/>`,
    );
    entries.set(ctName, strToU8(ct));
  }

  const parts = packageParts({ entries, order });
  const info = readWorkbookInfo(parts);
  const relsName = parts.resolve(relsPartOf(info.workbookPart)) ?? relsPartOf(info.workbookPart);
  const depth = info.workbookPart.split("/").length - 1;
  const target = `${"../".repeat(depth)}${SETTINGS_PART}`;
  const ids = new Set(readRels(parts, info.workbookPart).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${REL_TYPE.customXml}" Target="${target}"/>`;
  const relsXml = text(relsName);
  if (relsXml === undefined) {
    put(
      relsName,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<Relationships xmlns="${NS.pkgRel}">${rel}</Relationships>`,
    );
  } else entries.set(relsName, strToU8(insertBefore(relsXml, "</Relationships>", rel)));
  return { entries, order };
};

/**
 * The Office.js adapter keeps its settings with `workbook.settings`, which Excel saves as a
 * property of the add-in's web-extension part, JSON-encoded. Reading it too lets the CLI see
 * what the task pane saved; writing it (when present) keeps the two in step.
 */
export const OFFICE_SETTINGS_KEY = "Kontrakttjek.settings";

const WEBEXT_PART = /^\/?xl\/webextensions\/webextension[^/]*\.xml$/i;

const escapeAttr = (s: string): string =>
  escapeXml(s).replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");

const propertyPattern = (key: string): RegExp =>
  new RegExp(`<(\\w+:)?property\\s+name="${key.replace(/\./g, "\\.")}"\\s+value="([^"]*)"\\s*/>`);

const decodeAttr = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/g, (_m, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (named[e] !== undefined) return named[e];
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

/** The settings the task pane saved, from any web-extension part; null when there are none. */
export const readOfficeSettings = (
  names: Iterable<string>,
  text: (part: string) => string | undefined,
): string | null => {
  for (const n of names) {
    if (!WEBEXT_PART.test(n)) continue;
    const m = propertyPattern(OFFICE_SETTINGS_KEY).exec(text(n) ?? "");
    if (!m) continue;
    try {
      const v: unknown = JSON.parse(decodeAttr(m[2] ?? ""));
      return typeof v === "string" ? v : JSON.stringify(v);
    } catch {
      return null;
    }
  }
  return null;
};

/** Updates the task pane's copy of the settings where one exists; other parts are untouched. */
export const withOfficeSettings = (pkg: XlsxPackage, json: string): XlsxPackage => {
  let entries: Map<string, Uint8Array> | null = null;
  for (const [n, bytes] of pkg.entries) {
    if (!WEBEXT_PART.test(n)) continue;
    const xml = strFromU8(bytes);
    const pattern = propertyPattern(OFFICE_SETTINGS_KEY);
    const m = pattern.exec(xml);
    if (!m) continue;
    const replaced = xml.replace(
      pattern,
      (_all, prefix: string | undefined) =>
        `<${prefix ?? ""}property name="${OFFICE_SETTINGS_KEY}" value="${escapeAttr(JSON.stringify(json))}"/>`,
    );
    entries ??= new Map(pkg.entries);
    entries.set(n, strToU8(replaced));
  }
  return entries ? { entries, order: pkg.order } : pkg;
};

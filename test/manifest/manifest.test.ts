/**
 * Offline checks of manifest.xml (the official validator needs the internet): the element order
 * the add-in schema requires, every resource id resolving, https everywhere, Danish overrides,
 * and icon files that exist with the size the manifest claims.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "text/xml");
const app = doc.documentElement as unknown as Element;

const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const children = (e: Element): Element[] =>
  Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1) as Element[];
const child = (e: Element, name: string): Element => {
  const found = children(e).filter((c) => c.localName === name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${e.localName}>, found ${found.length}`);
  return found[0]!;
};
const all = (name: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", name)) as Element[];
const xsiType = (e: Element): string | null => e.getAttributeNS(XSI, "type");

/** True when `actual` follows `sequence` in order, skipping optional (`?`) entries that are absent. */
function followsSequence(actual: readonly string[], sequence: readonly string[]): string | null {
  let i = 0;
  for (const entry of sequence) {
    const optional = entry.endsWith("?");
    const name = optional ? entry.slice(0, -1) : entry;
    if (actual[i] === name) i++;
    else if (!optional) return `missing or misplaced <${name}> (found <${actual[i] ?? "end"}> at position ${i})`;
  }
  return i === actual.length ? null : `unexpected <${actual[i]}> at position ${i}`;
}

describe("manifest.xml", () => {
  test("parses as XML with OfficeApp TaskPaneApp at the root", () => {
    expect(app.localName).toBe("OfficeApp");
    expect(app.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(xsiType(app)).toBe("TaskPaneApp");
  });

  test("top-level elements are in the schema's required sequence", () => {
    const seq = [
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
    expect(
      followsSequence(
        children(app).map((c) => c.localName!),
        seq,
      ),
    ).toBeNull();
    // the checker itself rejects a swapped order
    expect(followsSequence(["Id", "ProviderName", "Version"], ["Id", "Version", "ProviderName"])).not.toBeNull();
  });

  test("identity, host, permissions and requirements", () => {
    expect(child(app, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, "Version").textContent).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(children(child(app, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(child(app, "Permissions").textContent).toBe("ReadWriteDocument");
    const sets = all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
    expect(child(child(app, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(
      "https://localhost:3000/taskpane.html",
    );
  });

  test("display name and description have a da-DK override within the length limits", () => {
    for (const [name, max] of [
      ["DisplayName", 125],
      ["Description", 2000],
    ] as const) {
      const e = child(app, name);
      const da = children(e).find((o) => o.localName === "Override" && o.getAttribute("Locale") === "da-DK");
      expect(da?.getAttribute("Value")).toBeTruthy();
      expect((e.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
      expect((da?.getAttribute("Value") ?? "").length).toBeLessThanOrEqual(max);
    }
  });

  test("VersionOverrides puts a ShowTaskpane button on the Home tab", () => {
    const vo = child(app, "VersionOverrides");
    expect(xsiType(vo)).toBe("VersionOverridesV1_0");
    expect(
      followsSequence(
        children(vo).map((c) => c.localName!),
        ["Description?", "Requirements?", "Hosts", "Resources"],
      ),
    ).toBeNull();
    const host = child(child(vo, "Hosts"), "Host");
    expect(xsiType(host)).toBe("Workbook");
    const dff = child(host, "DesktopFormFactor");
    expect(
      followsSequence(
        children(dff).map((c) => c.localName!),
        ["GetStarted?", "FunctionFile", "ExtensionPoint"],
      ),
    ).toBeNull();
    const ep = child(dff, "ExtensionPoint");
    expect(xsiType(ep)).toBe("PrimaryCommandSurface");
    const tab = child(ep, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = child(tab, "Group");
    expect(
      followsSequence(
        children(group).map((c) => c.localName!),
        ["Label", "Icon", "Control"],
      ),
    ).toBeNull();
    const control = child(group, "Control");
    expect(xsiType(control)).toBe("Button");
    expect(
      followsSequence(
        children(control).map((c) => c.localName!),
        ["Label", "Supertip", "Icon", "Action"],
      ),
    ).toBeNull();
    const action = child(control, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(child(action, "TaskpaneId").textContent).toBeTruthy();
  });

  const resources = (): Map<string, { kind: string; el: Element }> => {
    const res = child(child(app, "VersionOverrides"), "Resources");
    const map = new Map<string, { kind: string; el: Element }>();
    for (const group of children(res))
      for (const item of children(group)) {
        const id = item.getAttribute("id")!;
        expect(map.has(id)).toBe(false); // ids are unique
        map.set(id, { kind: group.localName!, el: item });
      }
    return map;
  };

  test("every resid resolves to a resource of the right kind", () => {
    const res = resources();
    const refs = all("*").filter((e) => e.hasAttribute("resid"));
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      const id = ref.getAttribute("resid")!;
      expect(id.length).toBeLessThanOrEqual(32);
      const target = res.get(id);
      if (!target) throw new Error(`resid "${id}" on <${ref.localName}> has no resource`);
      const parent = (ref.parentNode as Element).localName;
      const expected =
        ref.localName === "Image"
          ? "Images"
          : ref.localName === "FunctionFile" || ref.localName === "SourceLocation" || ref.localName === "LearnMoreUrl"
            ? "Urls"
            : ref.localName === "Description"
              ? "LongStrings"
              : "ShortStrings";
      expect({ id, parent, kind: target.kind }).toEqual({ id, parent, kind: expected });
    }
    // every declared resource is used
    const used = new Set(refs.map((r) => r.getAttribute("resid")));
    expect([...res.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("strings have da-DK overrides and respect the short/long limits", () => {
    for (const [id, { kind, el }] of resources()) {
      if (kind !== "ShortStrings" && kind !== "LongStrings") continue;
      const max = kind === "ShortStrings" ? 125 : 250;
      const da = children(el).find((o) => o.localName === "Override" && o.getAttribute("Locale") === "da-DK");
      expect({ id, da: Boolean(da?.getAttribute("Value")) }).toEqual({ id, da: true });
      expect((el.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(max);
      expect((da?.getAttribute("Value") ?? "").length).toBeLessThanOrEqual(max);
    }
  });

  test("every URL is https", () => {
    const urls = all("*").flatMap((e) => {
      const v = e.getAttribute("DefaultValue") ?? "";
      return /^[a-z]+:\/\//i.test(v) ? [v] : [];
    });
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  test("icons exist in assets/ as PNGs of the size the manifest claims", () => {
    const pngSize = (file: string): [number, number] => {
      const b = readFileSync(file);
      expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      return [b.readUInt32BE(16), b.readUInt32BE(20)];
    };
    const local = (url: string): string => join(root, new URL(url).pathname);
    const images = [...resources().values()].filter((r) => r.kind === "Images");
    expect(images.map((i) => i.el.getAttribute("id"))).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
    for (const { el } of images) {
      const file = local(el.getAttribute("DefaultValue")!);
      expect(existsSync(file)).toBe(true);
      const n = Number(/(\d+)x\1/.exec(el.getAttribute("id")!)![1]);
      expect(pngSize(file)).toEqual([n, n]);
    }
    expect(pngSize(local(child(app, "IconUrl").getAttribute("DefaultValue")!))).toEqual([32, 32]);
    expect(pngSize(local(child(app, "HighResolutionIconUrl").getAttribute("DefaultValue")!))).toEqual([64, 64]);
  });
});

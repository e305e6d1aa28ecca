/**
 * The manifest a house uploads to the Microsoft 365 admin center (issue 15): built from the
 * development manifest for the https address dist/ is served from, every URL there, checked
 * offline with the rules for production. The development manifest stays on localhost.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

interface ManifestModule {
  readonly DEV_ORIGIN: string;
  parseOrigin(text: string): string;
  manifestFor(xml: string, options: { origin: string; version?: string }): string;
  checkManifest(xml: string, options?: { production?: boolean }): string[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const m = require(join(__dirname, "..", "..", "scripts", "manifest.cjs")) as ManifestModule;
const dev = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("the production manifest", () => {
  const prod = m.manifestFor(dev, { origin: "https://addins.kommune.dk/kontrakttjek/", version: "1.4.2" });

  it("points every URL to the origin and passes the production rules", () => {
    expect(prod).not.toMatch(/localhost/);
    const urls = [...prod.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((x) => x[1]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\/addins\.kommune\.dk\/kontrakttjek\//);
    expect(prod).toContain("<Version>1.4.2.0</Version>");
    expect(m.checkManifest(prod, { production: true })).toEqual([]);
  });

  it("the development manifest is valid, and names its localhost URLs when judged for production", () => {
    expect(m.checkManifest(dev)).toEqual([]);
    const problems = m.checkManifest(dev, { production: true });
    expect(problems.length).toBeGreaterThan(5);
    for (const p of problems) expect(p).toMatch(/still points to the development server: https:\/\/localhost:3000\//);
  });

  it("refuses an origin Office could not load from, saying why", () => {
    expect(() => m.parseOrigin("http://addins.kommune.dk")).toThrow(/must use https/);
    expect(() => m.parseOrigin("addins.kommune.dk")).toThrow(/is not a URL/);
    expect(() => m.parseOrigin("https://addins.kommune.dk/?x=1")).toThrow(/a host and a path, nothing else/);
    expect(m.parseOrigin("https://Addins.Kommune.dk/sti/")).toBe("https://addins.kommune.dk/sti");
  });

  it("the checks catch what the schema forbids", () => {
    const swapped = dev.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2$1");
    expect(m.checkManifest(swapped).join(" ")).toMatch(/misplaced <Version>/);
    const unresolved = dev.replace('resid="Group.Label"', 'resid="Gruppe.Mangler"');
    expect(m.checkManifest(unresolved).join(" ")).toMatch(/resid "Gruppe.Mangler" on <Label> has no resource/);
    const http = dev.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html");
    expect(m.checkManifest(http).join(" ")).toMatch(/is not https/);
    expect(m.checkManifest("<OfficeApp")).toEqual([expect.stringMatching(/not well-formed/)]);
  });
});

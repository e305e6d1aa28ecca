/**
 * Packages that are real-world odd or hostile in their parts, each made here from `valid.xlsx`:
 * a Power Query workbook (its DataMashup custom XML item is UTF-16), parts in UTF-16 that a write
 * must change, Strict Open XML, DTDs and entity references, a binary workbook (.xlsb), part names
 * twice in different case, a damaged part that only a write would read. Every command either
 * works and keeps what it does not change byte for byte, or refuses in one plain line (exit 2) —
 * never "Uventet fejl", never a stack trace.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { XlsxFileError, XlsxWorkbook } from "../../src/workbook/xlsx";
import { assertWritableFile, UnsupportedWorkbookError } from "../../src/workbook/xlsx/write";
import { readPackage } from "../../src/workbook/xlsx/zip";
import { cli, fixture, STACK, tempDir, type JsonEvaluation, indicator } from "./helpers";

const tmp = tempDir();
const dec = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

type Parts = Record<string, Uint8Array>;

/** valid.xlsx (binds to sjaelland-2025, NPS 50) with its parts edited, written to a file. */
function variant(name: string, edit: (parts: Parts) => void): string {
  const parts = unzipSync(new Uint8Array(readFileSync(fixture("valid.xlsx"))));
  edit(parts);
  const file = join(tmp, name);
  writeFileSync(file, zipSync(parts));
  return file;
}

const replaceIn = (parts: Parts, name: string, from: string | RegExp, to: string): void => {
  parts[name] = strToU8(dec(parts[name]).replace(from, to));
};

/** UTF-16 with a byte-order mark, as Excel writes Power Query's DataMashup item. */
const utf16 = (text: string, le = true): Uint8Array => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2 + (le ? 0 : 1)] = c & 0xff;
    out[2 + i * 2 + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};

const MASHUP =
  '<?xml version="1.0" encoding="utf-16"?><DataMashup xmlns="http://schemas.microsoft.com/DataMashup">' +
  "AAAAABQDAABQSwMEFAACAAgAh1VCWd3Yq8ulAAAA9gAAABIAHABDb25maWcvUGFja2FnZS54bWwgohgAKKAUAAAAAAAAAAAAAAAA" +
  "</DataMashup>";

/** A Power Query workbook: the DataMashup item in UTF-16 LE, its props, related from the workbook. */
const addPowerQuery = (parts: Parts, item = utf16(MASHUP)): void => {
  parts["customXml/item1.xml"] = item;
  parts["customXml/itemProps1.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{B0E8C9D5-2A44-4D8B-9B55-3A5C2B7E7C11}" ' +
      'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  parts["customXml/_rels/item1.xml.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>',
  );
  replaceIn(
    parts,
    "xl/_rels/workbook.xml.rels",
    "</Relationships>",
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/></Relationships>',
  );
  replaceIn(
    parts,
    "[Content_Types].xml",
    "</Types>",
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>',
  );
};

const partOf = (file: string, name: string): Uint8Array => {
  const pkg = readPackage(new Uint8Array(readFileSync(file)));
  const bytes = pkg.entries.get(name);
  if (!bytes) throw new Error(`${name} missing from ${file}`);
  return bytes;
};

/** The file through check, evaluate --write and clean: exit 2 and one plain line each, da and en. */
async function refusedEverywhere(file: string, da: RegExp, en: RegExp): Promise<void> {
  for (const [lang, message] of [
    ["da", da],
    ["en", en],
  ] as const) {
    const out = join(tmp, `out-${lang}-${Math.random().toString(36).slice(2)}.xlsx`);
    for (const argv of [
      ["check", file, "--contract", "sjaelland-2025"],
      ["evaluate", file, "--contract", "sjaelland-2025", "--write", out],
      ["clean", file, "--write", out],
    ]) {
      const r = await cli(...argv, "--lang", lang);
      expect([argv[0], r.code]).toEqual([argv[0], 2]);
      expect(r.err.split("\n")).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/Uventet fejl|Unexpected error/);
      expect(r.err).not.toMatch(STACK);
      expect(existsSync(out)).toBe(false);
    }
  }
}

describe("parts in UTF-16", () => {
  it("a Power Query workbook is written and cleaned; its UTF-16 DataMashup item stays byte for byte", async () => {
    const file = variant("power-query.xlsx", (p) => addPowerQuery(p));
    const written = join(tmp, "power-query-out.xlsx");
    const w = await cli("evaluate", file, "--contract", "sjaelland-2025", "--write", written);
    expect([w.code, w.err]).toEqual([0, expect.stringMatching(/^Skrev /)]);
    const item = partOf(file, "customXml/item1.xml");
    expect(Buffer.from(partOf(written, "customXml/item1.xml")).equals(Buffer.from(item))).toBe(true);

    const cleaned = join(tmp, "power-query-clean.xlsx");
    const c = await cli("clean", written, "--write", cleaned);
    expect([c.code, c.err]).toEqual([0, ""]);
    expect(Buffer.from(partOf(cleaned, "customXml/item1.xml")).equals(Buffer.from(item))).toBe(true);
    expect(dec(partOf(cleaned, "xl/workbook.xml"))).not.toContain("Målopfyldelse");
  });

  it("a UTF-16 part the write must change is written back in UTF-16, and reads again", async () => {
    const file = variant("utf16-rels.xlsx", (p) => {
      p["xl/_rels/workbook.xml.rels"] = utf16(dec(p["xl/_rels/workbook.xml.rels"]).replace("UTF-8", "UTF-16"), false);
      p["xl/workbook.xml"] = utf16(dec(p["xl/workbook.xml"]).replace("UTF-8", "UTF-16"));
    });
    const written = join(tmp, "utf16-rels-out.xlsx");
    const w = await cli("evaluate", file, "--contract", "sjaelland-2025", "--write", written);
    expect(w.code).toBe(0);
    const rels = partOf(written, "xl/_rels/workbook.xml.rels");
    const wb = partOf(written, "xl/workbook.xml");
    // Same byte order, same mark; the new sheet's relationship is in it.
    expect([rels[0], rels[1], wb[0], wb[1]]).toEqual([0xfe, 0xff, 0xff, 0xfe]);
    expect(new TextDecoder("utf-16be").decode(rels)).toMatch(
      /^<\?xml[^>]*encoding="UTF-16".*worksheet.*worksheet.*worksheet/s,
    );
    expect(new TextDecoder("utf-16le").decode(wb)).toContain('name="Målopfyldelse"');
    const again = await cli("evaluate", written, "--contract", "sjaelland-2025", "--json");
    expect(again.code).toBe(0);
    expect(indicator(JSON.parse(again.out) as JsonEvaluation, "3", "nps").value).toBe(50);
    expect((await cli("clean", written, "--write", join(tmp, "utf16-rels-clean.xlsx"))).code).toBe(0);
  });
});

describe("Strict Open XML", () => {
  const strict = (p: Parts): void =>
    replaceIn(
      p,
      "xl/workbook.xml",
      'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      'xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" conformance="strict"',
    );

  /** Read like any workbook; every write refused in one plain sentence, nothing written. */
  async function readButNeverWritten(file: string): Promise<void> {
    const check = await cli("check", file, "--contract", "sjaelland-2025");
    expect(check.err).not.toMatch(/Strict|Uventet fejl|Unexpected error/);
    expect(check.err).not.toMatch(STACK);
    for (const lang of ["da", "en"] as const) {
      const out = join(tmp, `strict-out-${lang}-${Math.random().toString(36).slice(2)}.xlsx`);
      for (const argv of [
        ["evaluate", file, "--contract", "sjaelland-2025", "--write", out],
        ["clean", file, "--write", out],
      ]) {
        const r = await cli(...argv, "--lang", lang);
        if (argv[0] === "evaluate" && r.code === 2 && /passer til kontrakten|matches the contract/.test(r.err))
          continue;
        expect([argv[0], r.code]).toEqual([argv[0], 2]);
        expect(r.err.split("\n")).toHaveLength(1);
        expect(r.err).toMatch(
          lang === "da"
            ? /gemt som 'Strict Open XML'.*kan læse, men ikke skrive/
            : /saved as 'Strict Open XML'.*can read but not write/,
        );
        expect(r.err).not.toMatch(/Uventet fejl|Unexpected error/);
        expect(existsSync(out)).toBe(false);
      }
    }
  }

  it("is read like any workbook, and every write is refused plainly", async () => {
    const file = variant("strict.xlsx", strict);
    await readButNeverWritten(file);
    const json = await cli("evaluate", file, "--contract", "sjaelland-2025", "--json");
    expect(json.code).toBe(0);
    const wb = XlsxWorkbook.open(new Uint8Array(readFileSync(file)));
    await expect(wb.clean()).rejects.toMatchObject({ reason: "strict-ooxml" });
  });

  const corpus = join(__dirname, "../../../shared/corpus/real-world");
  const files = ["poi-SampleSS.strict.xlsx", "cal-strict_iso_paths.xlsx"].filter((f) => existsSync(join(corpus, f)));
  it.each(files.length > 0 ? files : ["(corpus not present)"])("real-world %s: read, never written", async (name) => {
    if (!existsSync(join(corpus, name))) return;
    await readButNeverWritten(join(corpus, name));
  });
});

describe("DTDs and entity references", () => {
  const laughs =
    '<!DOCTYPE Types [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' +
    '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">' +
    '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">' +
    '<!ENTITY x SYSTEM "file:///etc/passwd">]>';

  it("a billion-laughs DTD in [Content_Types].xml is refused at once, nothing expanded", async () => {
    const file = variant("dtd-content-types.xlsx", (p) =>
      replaceIn(p, "[Content_Types].xml", "<Types ", `${laughs}<Types x="&h;&x;" `),
    );
    const t0 = Date.now();
    await refusedEverywhere(file, /DTD/, /DTD/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it("a DTD in any other part is refused too: a custom XML item, a sheet", async () => {
    const item = variant("dtd-custom-xml.xlsx", (p) =>
      addPowerQuery(
        p,
        strToU8(`<?xml version="1.0"?>${laughs.replace("Types", "DataMashup")}<DataMashup>&h;</DataMashup>`),
      ),
    );
    await refusedEverywhere(item, /DTD/, /DTD/);
    const sheet = variant("dtd-sheet.xlsx", (p) =>
      replaceIn(p, "xl/worksheets/sheet2.xml", "<worksheet ", `${laughs.replace("Types", "worksheet")}<worksheet `),
    );
    await refusedEverywhere(sheet, /DTD/, /DTD/);
  });

  it("an undeclared entity (&custom;) is damage, said plainly", async () => {
    const file = variant("entity-content-types.xlsx", (p) =>
      replaceIn(p, "[Content_Types].xml", '<Default Extension="xml"', '<Default X="&custom;" Extension="xml"'),
    );
    await refusedEverywhere(file, /filen er beskadiget/, /the file is damaged/);
  });

  it("predefined entities and character references read as ever", async () => {
    const file = variant("entities-ok.xlsx", (p) => {
      replaceIn(p, "xl/sharedStrings.xml", ">Kundesegment<", ">Kunde&#115;eg&#x6D;ent<");
      replaceIn(p, "xl/sharedStrings.xml", ">Virksomhed 5 ApS<", ">Virksomhed &amp; S&#248;n &lt;5&gt; ApS<");
      replaceIn(p, "[Content_Types].xml", 'ContentType="application/xml"', 'ContentType="application&#x2F;xml"');
    });
    const r = await cli("evaluate", file, "--contract", "sjaelland-2025", "--json");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(indicator(JSON.parse(r.out) as JsonEvaluation, "3", "nps").value).toBe(50);
    const w = await cli("evaluate", file, "--contract", "sjaelland-2025", "--write", join(tmp, "entities-ok-out.xlsx"));
    expect(w.code).toBe(0);
  });
});

describe("binary workbooks, names twice, damage only a write would meet", () => {
  /** An .xlsb: its package relationship points at a binary workbook part. */
  const xlsb = (): Uint8Array =>
    zipSync({
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      ),
      "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00, 0x80, 0x01, 0x00, 0x99, 0x01]),
    });

  it("an .xlsb (by name or only by content) is 'not supported, save as .xlsx', never 'damaged'", async () => {
    for (const name of ["binary.xlsb", "binary-renamed.xlsx"]) {
      const file = join(tmp, name);
      writeFileSync(file, xlsb());
      await refusedEverywhere(file, /\.xlsb\)/, /\.xlsb\)/);
    }
    expect(() => XlsxWorkbook.open(xlsb())).toThrow(expect.objectContaining({ reason: "xlsb" }));
    let caught: unknown = null;
    try {
      assertWritableFile(xlsb(), "binary-renamed.xlsx");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UnsupportedWorkbookError);
    expect((caught as UnsupportedWorkbookError).code).toBe("xlsb");
  });

  it("part names that differ only in case (xl/workbook.xml, XL/Workbook.xml) are damage", async () => {
    const file = variant("case-twice.xlsx", (p) => {
      p["XL/Workbook.xml"] = p["xl/workbook.xml"] as Uint8Array;
    });
    await refusedEverywhere(file, /filen er beskadiget/, /the file is damaged/);
  });

  it("a damaged part no check reads is found when the file is opened, as damage", async () => {
    const file = variant("bad-crc.xlsx", (p) => {
      p["docProps/app.xml"] = strToU8(
        `<Properties>${"<Application>Microsoft Excel</Application>".repeat(50)}</Properties>`,
      );
    });
    const bytes = Buffer.from(readFileSync(file));
    const directory = bytes.readUInt32LE(bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16);
    const name = bytes.indexOf(Buffer.from("docProps/app.xml"), directory);
    // The checksum field of its central-directory record (the name starts 46 bytes in).
    bytes.writeUInt32LE(0xdeadbeef, name - 46 + 16);
    writeFileSync(file, bytes);
    await refusedEverywhere(file, /filen er beskadiget/, /the file is damaged/);
    expect(() => XlsxWorkbook.open(new Uint8Array(bytes))).toThrow(XlsxFileError);
  });
});

import { strFromU8, strToU8, zipSync } from "fflate";
import {
  XlsxFileError,
  entryChunks,
  findPart,
  openZip,
  readPackage,
  streamText,
  writePackage,
  type XlsxPackage,
} from "../../src/workbook/xlsx/zip";

const reasonOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxFileError) return e.reason;
    throw e;
  }
  throw new Error("expected an XlsxFileError");
};

describe("readPackage / writePackage", () => {
  const pkg: XlsxPackage = {
    entries: new Map([
      ["[Content_Types].xml", strToU8("<Types/>")],
      ["xl/workbook.xml", strToU8("<workbook>æøå</workbook>")],
      ["10", strToU8("integer-like name")],
      ["xl/media/image1.png", new Uint8Array([1, 2, 3])],
    ]),
    order: ["[Content_Types].xml", "xl/workbook.xml", "10", "xl/media/image1.png"],
  };

  it("round-trips entries and keeps their order, even integer-like names", () => {
    const back = readPackage(writePackage(pkg));
    expect(back.order).toEqual(pkg.order);
    expect(strFromU8(back.entries.get("xl/workbook.xml") as Uint8Array)).toBe("<workbook>æøå</workbook>");
    expect(Array.from(back.entries.get("xl/media/image1.png") as Uint8Array)).toEqual([1, 2, 3]);
  });

  it("appends entries missing from order and skips names without data", () => {
    const entries = new Map(pkg.entries);
    entries.set("new.xml", strToU8("<n/>"));
    const back = readPackage(writePackage({ entries, order: ["ghost.xml", ...pkg.order] }));
    expect(back.order).toEqual([...pkg.order, "new.xml"]);
  });

  it("is deterministic", () => {
    expect(Buffer.from(writePackage(pkg)).equals(Buffer.from(writePackage(pkg)))).toBe(true);
  });

  it("reads zips written by fflate's zipSync, stored and deflated", () => {
    const bytes = zipSync({ "a.xml": [strToU8("<a/>"), { level: 0 }], "b.xml": strToU8("<b>".repeat(100)) });
    const back = readPackage(bytes);
    expect(strFromU8(back.entries.get("a.xml") as Uint8Array)).toBe("<a/>");
    expect(strFromU8(back.entries.get("b.xml") as Uint8Array)).toBe("<b>".repeat(100));
  });
});

describe("typed errors", () => {
  const good = zipSync({ "xl/workbook.xml": strToU8("<workbook/>".repeat(50)) });

  it("rejects empty and non-zip files", () => {
    expect(reasonOf(() => readPackage(new Uint8Array(0)))).toBe("not-zip");
    expect(reasonOf(() => readPackage(strToU8("CVR;Navn\n12345678;A/S\n")))).toBe("not-zip");
  });

  it("tells password-protected workbooks from legacy .xls", () => {
    const ole = (stream: string): Uint8Array => {
      const b = new Uint8Array(2048);
      b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      for (let i = 0; i < stream.length; i++) b[1024 + i * 2] = stream.charCodeAt(i);
      return b;
    };
    expect(reasonOf(() => readPackage(ole("EncryptedPackage")))).toBe("encrypted");
    expect(reasonOf(() => readPackage(ole("Workbook")))).toBe("legacy-xls");
  });

  it("reports truncated files", () => {
    expect(reasonOf(() => readPackage(good.subarray(0, good.length - 30)))).toBe("truncated");
    expect(reasonOf(() => readPackage(good.subarray(0, 40)))).toBe("truncated");
  });

  it("reports damaged data via the checksum", () => {
    const bad = zipSync({ "a.xml": [strToU8("hello world"), { level: 0 }] });
    const at = Buffer.from(bad).indexOf("hello");
    bad[at] = "j".charCodeAt(0);
    expect(reasonOf(() => readPackage(bad))).toBe("corrupt");
  });

  it("reports encrypted zip entries", () => {
    const enc = zipSync({ "a.xml": strToU8("<a/>") });
    // general-purpose flag bit 0 in the central directory entry
    const cd = Buffer.from(enc).lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    enc[cd + 8] = (enc[cd + 8] as number) | 1;
    expect(reasonOf(() => readPackage(enc))).toBe("encrypted");
  });

  it("stops zip bombs by ratio, total size and entry count", () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(20 * 1024 * 1024) });
    expect(reasonOf(() => readPackage(bomb))).toBe("limit-exceeded");
    expect(reasonOf(() => readPackage(good, { maxTotalBytes: 100 }))).toBe("limit-exceeded");
    const many = zipSync(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`p${i}.xml`, strToU8("x")])));
    expect(reasonOf(() => readPackage(many, { maxEntries: 10 }))).toBe("limit-exceeded");
  });

  it("enforces the declared size while inflating, whatever the header says", () => {
    const big = zipSync({ "a.xml": strToU8("x".repeat(10_000)) });
    // lower the declared uncompressed size in both headers
    const buf = Buffer.from(big);
    const local = buf.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const cd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(100, local + 22);
    buf.writeUInt32LE(100, cd + 24);
    expect(reasonOf(() => readPackage(new Uint8Array(buf)))).toBe("limit-exceeded");
  });
});

describe("streaming", () => {
  it("streams an entry in chunks without inflating it whole, and can stop early", async () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `<row r="${i + 1}">ø</row>`).join("");
    const zip = openZip(zipSync({ "s.xml": strToU8(text) }));
    const entry = zip.entries.get("s.xml");
    if (!entry) throw new Error("missing");
    let got = "";
    await streamText(entryChunks(zip, entry), (t) => void (got += t), undefined, 1024);
    expect(got).toBe(text);

    let pieces = 0;
    await streamText(entryChunks(zip, entry), () => (++pieces < 2 ? true : false));
    expect(pieces).toBe(2);
  });

  it("finds parts case-insensitively", () => {
    expect(findPart(["XL/Workbook.xml"], "/xl/workbook.xml")).toBe("XL/Workbook.xml");
    expect(findPart(["a"], "b")).toBeUndefined();
  });
});

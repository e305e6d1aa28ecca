import { strFromU8, strToU8, zipSync } from "fflate";
import { decodeXml, encodeXml, sniffXmlEncoding, utf8Xml } from "../bytes";
import {
  DEFAULT_ZIP_LIMITS,
  XlsxFileError,
  ZipEntries,
  bytesChunks,
  entryChunks,
  findPart,
  openZip,
  readPackage,
  streamText,
  writePackage,
  type XlsxPackage,
} from ".";

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

  it("holds data that unpacks past its declared size to be damaged, and stops inflating there", () => {
    const big = zipSync({ "a.xml": strToU8("x".repeat(10_000)) });
    // lower the declared uncompressed size in both headers
    const buf = Buffer.from(big);
    const local = buf.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const cd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    buf.writeUInt32LE(100, local + 22);
    buf.writeUInt32LE(100, cd + 24);
    // The header lies or the data is damaged: either way the file is, and nothing past 100 bytes is kept.
    expect(reasonOf(() => readPackage(new Uint8Array(buf)))).toBe("corrupt");
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

/* ------------------------------------------------------------------ packages as a whole */

const MiB = 1024 * 1024;
const u8 = (b: Buffer | Uint8Array): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.length);

/** Offsets of every central-directory record, in order. */
const centralRecords = (zip: Uint8Array): number[] => {
  const buf = Buffer.from(zip);
  const out: number[] = [];
  for (let at = buf.indexOf(CD_SIG); at >= 0; at = buf.indexOf(CD_SIG, at + 4)) out.push(at);
  return out;
};
const CD_SIG = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

describe("limits hold for the package as a whole", () => {
  it("judges a part of exactly the ratio floor (1 MiB) by its ratio", () => {
    const floor = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(MiB) });
    expect(reasonOf(() => openZip(floor))).toBe("limit-exceeded");
    // One byte less is below the floor: too small to judge on its own.
    expect(() => openZip(zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(MiB - 1) }))).not.toThrow();
  });

  it("refuses many parts just under the floor that add up: the package's ratio and its total", () => {
    // The defaults scaled down 16×: floor 64 KiB, whole-package ratio judged from 4 MiB on.
    const limits = { ...DEFAULT_ZIP_LIMITS, ratioFloorBytes: 64 * 1024, totalRatioFloorBytes: 4 * MiB };
    const many = (n: number): Uint8Array =>
      zipSync(Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}.bin`, new Uint8Array(64 * 1024 - 1)])));
    const failure = (f: () => unknown): unknown[] => {
      try {
        f();
      } catch (e) {
        if (e instanceof XlsxFileError) return [e.reason, e.params.limit];
      }
      return [];
    };
    // 200 parts of 64 KiB − 1 from ~20 KB: each too small to judge, ~600:1 together.
    expect(failure(() => openZip(many(200), limits))).toEqual(["limit-exceeded", "totalBytes"]);
    // Under the floor a package may be packed as tightly as it likes …
    expect(() => openZip(many(60), limits)).not.toThrow();
    // … but never past the total.
    expect(failure(() => openZip(many(60), { ...limits, maxTotalBytes: 2 * MiB }))).toEqual([
      "limit-exceeded",
      "totalBytes",
    ]);
  });

  it("refuses entries that share one stream of data (overlapping entries)", () => {
    const base = zipSync({ "a.xml": strToU8("<a/>".repeat(1000)), "b.xml": strToU8("<b/>") });
    const [, second] = centralRecords(base);
    const buf = Buffer.from(base);
    // b.xml's directory record points at a.xml's local header and claims its data.
    buf.writeUInt32LE(0, (second as number) + 42);
    buf.writeUInt32LE(buf.readUInt32LE((centralRecords(base)[0] as number) + 20), (second as number) + 20);
    buf.writeUInt32LE(4000, (second as number) + 24);
    expect(reasonOf(() => openZip(u8(buf)))).toBe("corrupt");
  });

  it("refuses part names that differ only in case (OPC names ignore case)", () => {
    const twice = zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "XL/Workbook.xml": strToU8("<workbook/>") });
    expect(reasonOf(() => openZip(twice))).toBe("corrupt");
  });

  it("calls a bad checksum damage, never a size limit", () => {
    const text = strToU8("<row>".repeat(5000));
    const crcBad = Buffer.from(zipSync({ "s.xml": text }));
    crcBad.writeUInt32LE(0x12345678, (centralRecords(u8(crcBad))[0] as number) + 16);
    expect(reasonOf(() => readPackage(u8(crcBad)))).toBe("corrupt");
    // A flipped bit in the deflate data: whatever comes out is damage.
    const bitBad = Buffer.from(zipSync({ "s.xml": text }));
    const dataAt = 30 + "s.xml".length;
    bitBad[dataAt + 5] = (bitBad[dataAt + 5] as number) ^ 0x10;
    expect(reasonOf(() => readPackage(u8(bitBad)))).toBe("corrupt");
  });
});

describe("whole packages are read lazily and written back without recompressing", () => {
  it("checks every part when opened, keeps none inflated, inflates a part when read", () => {
    const zip = zipSync({ "a.xml": strToU8("<a/>"), "big.xml": new Uint8Array(500_000).fill(65) });
    const pkg = readPackage(zip);
    expect(pkg.entries).toBeInstanceOf(ZipEntries);
    expect([...pkg.entries.keys()]).toEqual(["a.xml", "big.xml"]);
    expect(pkg.entries.size).toBe(2);
    expect(strFromU8(pkg.entries.get("a.xml") as Uint8Array)).toBe("<a/>");
    expect(pkg.entries.get("big.xml")).toBe(pkg.entries.get("big.xml")); // inflated once, then kept
    expect(new Map(pkg.entries).get("big.xml")?.length).toBe(500_000);
  });

  it("copies untouched parts byte for byte, compressed data included; changed parts are compressed anew", () => {
    const zip = zipSync({ "keep.xml": [strToU8("<k>".repeat(3000)), { level: 9 }], "edit.xml": strToU8("<e/>") });
    const pkg = readPackage(zip);
    const edited = (pkg.entries as ZipEntries).copy();
    edited.set("edit.xml", strToU8("<e>changed</e>"));
    const out = writePackage({ entries: edited, order: pkg.order });
    const before = openZip(zip);
    const after = openZip(out);
    const raw = (z: typeof before, n: string): Buffer => {
      const e = z.entries.get(n)!;
      return Buffer.from(z.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
    };
    expect(raw(after, "keep.xml").equals(raw(before, "keep.xml"))).toBe(true);
    expect(strFromU8(readPackage(out).entries.get("edit.xml") as Uint8Array)).toBe("<e>changed</e>");
    // The copy's edit leaves the package it was copied from alone.
    expect(strFromU8(pkg.entries.get("edit.xml") as Uint8Array)).toBe("<e/>");
  });
});

describe("text in the part's own encoding", () => {
  const text = '<?xml version="1.0" encoding="UTF-16"?><x>æøå €</x>';
  const utf16 = (le: boolean): Uint8Array => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[2 + i * 2 + (le ? 0 : 1)] = c & 0xff;
      out[2 + i * 2 + (le ? 1 : 0)] = c >> 8;
    }
    return out;
  };

  const streamed = async (bytes: Uint8Array, size: number): Promise<string> => {
    let got = "";
    await streamText(bytesChunks(bytes, size), (t) => void (got += t));
    return got;
  };

  it("streams UTF-16 LE and BE (with a byte-order mark), UTF-8 with and without one, and a declared 8-bit encoding", async () => {
    for (const size of [1, 3, 1000]) {
      expect(await streamed(utf16(true), size)).toBe(text);
      expect(await streamed(utf16(false), size)).toBe(text);
      expect(await streamed(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8("<x>ø</x>")]), size)).toBe("<x>ø</x>");
      expect(await streamed(strToU8("<x>ø</x>"), size)).toBe("<x>ø</x>");
    }
    const latin = new Uint8Array([
      ...strToU8('<?xml version="1.0" encoding="ISO-8859-1"?><x>'),
      0xe6,
      0xf8,
      ...strToU8("</x>"),
    ]);
    expect(await streamed(latin, 7)).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><x>æø</x>');
  });

  it("decodes and encodes a part as it was: UTF-16 stays UTF-16, with its mark", () => {
    for (const le of [true, false]) {
      const bytes = utf16(le);
      const enc = sniffXmlEncoding(bytes);
      expect(enc).toEqual({ label: le ? "utf-16le" : "utf-16be", bom: 2 });
      expect(decodeXml(bytes)).toBe(text);
      expect(Buffer.from(encodeXml(decodeXml(bytes), enc)).equals(Buffer.from(bytes))).toBe(true);
    }
    // Bytes for byte editors are UTF-8, and their declaration says so.
    expect(strFromU8(utf8Xml(utf16(true)))).toBe(text.replace("UTF-16", "UTF-8"));
  });
});

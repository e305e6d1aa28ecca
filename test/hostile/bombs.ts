/**
 * Hostile zip packages built byte by byte (fflate would refuse to write most of them): entries
 * that share one deflate stream, many parts at deflate's highest ratio, a shared string of
 * hundreds of megabytes. Each is a real, bindable workbook (the hostile `valid.xlsx`) with the
 * bomb added, so every command gets as far as it can before the limits must hold.
 */
import { readFileSync } from "node:fs";
import { crc32, deflateRawSync } from "node:zlib";
import { readPackage } from "../../src/workbook/xlsx/zip";
import { fixture } from "./helpers";

export interface RawEntry {
  readonly name: string;
  /** The entry's data as stored in the zip (already deflated when `method` is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  readonly crc: number;
  /** Uncompressed size as declared in the headers. */
  readonly size: number;
  /** Index of an earlier entry whose local header and data this one points at (overlapping entries). */
  readonly sharesWith?: number;
}

const u16 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

/** A zip as the entries say, central directory and all; no zip64 (sizes stay under 4 GiB). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  const push = (b: Uint8Array | number[]): void => {
    const bytes = b instanceof Uint8Array ? b : Uint8Array.from(b);
    chunks.push(bytes);
    at += bytes.length;
  };
  const header = (e: RawEntry, name: Uint8Array): number[] => [
    ...u16(20),
    ...u16(0x0800), // UTF-8 names
    ...u16(e.method),
    ...u16(0),
    ...u16(0x21), // 1980-01-01
    ...u32(e.crc),
    ...u32(e.data.length),
    ...u32(e.size),
    ...u16(name.length),
    ...u16(0),
  ];
  for (const e of entries) {
    if (e.sharesWith !== undefined) {
      offsets.push(offsets[e.sharesWith] as number);
      continue;
    }
    offsets.push(at);
    const name = enc.encode(e.name);
    push([...u32(0x04034b50), ...header(e, name)]);
    push(name);
    push(e.data);
  }
  const cdStart = at;
  entries.forEach((e, i) => {
    const name = enc.encode(e.name);
    const shared = e.sharesWith === undefined ? e : (entries[e.sharesWith] as RawEntry);
    const stored = { ...e, data: shared.data, method: shared.method };
    push([
      ...u32(0x02014b50),
      ...u16(20),
      ...header(stored, name),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offsets[i] as number),
    ]);
    push(name);
  });
  const cdSize = at - cdStart;
  push([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(entries.length),
    ...u16(entries.length),
    ...u32(cdSize),
    ...u32(cdStart),
    ...u16(0),
  ]);
  const out = new Uint8Array(at);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** A part deflated the way Excel stores it. */
export const deflated = (name: string, data: Uint8Array): RawEntry => ({
  name,
  data: new Uint8Array(deflateRawSync(data, { level: 9 })),
  method: 8,
  crc: crc32(data),
  size: data.length,
});

/** The parts of the hostile `valid.xlsx` (binds to sjaelland-2025), deflated again. */
export function validEntries(): RawEntry[] {
  const pkg = readPackage(new Uint8Array(readFileSync(fixture("valid.xlsx"))));
  return pkg.order.map((n) => deflated(n, pkg.entries.get(n) as Uint8Array));
}

const MiB = 1024 * 1024;

/**
 * `size` bytes of "x" with a pseudo-random letter every `every` bytes: deflate packs it at roughly
 * `every / 2.6`:1, so a bomb can stay under the per-entry ratio limit.
 */
export function packable(size: number, every: number): Uint8Array {
  const out = new Uint8Array(size).fill(120);
  let seed = 7;
  for (let k = 0; k < size; k += every) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out[k] = 97 + (seed % 26);
  }
  return out;
}

/**
 * 1,900 central-directory entries that all point at ONE deflate stream (1.1 MB packed ~8:1): a
 * file of about 250 KB that claims 2 GB. Each entry on its own is within every per-entry limit.
 */
export function overlappingBomb(count = 1900): Uint8Array {
  const base = validEntries();
  const first = deflated("xl/media/shared0.bin", packable(1_100_000, 8));
  const bomb: RawEntry[] = [first];
  for (let i = 1; i < count; i++) bomb.push({ ...first, name: `xl/media/shared${i}.bin`, sharesWith: base.length });
  return rawZip([...base, ...bomb]);
}

/** `count` parts of exactly 1 MiB of zeros each (deflate's ~1000:1): the ratio floor itself. */
export function floorRatioBomb(count = 60): Uint8Array {
  const part = deflated("x", new Uint8Array(MiB));
  const bomb = Array.from({ length: count }, (_, i) => ({ ...part, name: `customXml/item${i + 1}.xml` }));
  return rawZip([...validEntries(), ...bomb]);
}

/** `count` parts of one byte under 1 MiB each, too small for the per-entry ratio check. */
export function underFloorBomb(count = 2000): Uint8Array {
  const part = deflated("x", new Uint8Array(MiB - 1));
  const bomb = Array.from({ length: count }, (_, i) => ({ ...part, name: `xl/media/image${i + 1}.bin` }));
  return rawZip([...validEntries(), ...bomb]);
}

/**
 * The workbook's shared-string table with one more string of `chars` characters, packed about
 * `every / 2.6`:1 (a letter every `every` characters), so the ratio limits need not meet it.
 */
export function hugeSharedString(chars: number, every = 200): Uint8Array {
  const entries = validEntries();
  const i = entries.findIndex((e) => e.name === "xl/sharedStrings.xml");
  const pkg = readPackage(new Uint8Array(readFileSync(fixture("valid.xlsx"))));
  const xml = new TextDecoder().decode(pkg.entries.get("xl/sharedStrings.xml"));
  const cut = xml.lastIndexOf("</sst>");
  const block = packable(MiB, every);
  const head = new TextEncoder().encode(`${xml.slice(0, cut)}<si><t>`);
  const tail = new TextEncoder().encode(`</t></si></sst>`);
  const body = new Uint8Array(head.length + chars + tail.length);
  body.set(head, 0);
  for (let k = 0; k < chars; k += block.length)
    body.set(block.subarray(0, Math.min(block.length, chars - k)), head.length + k);
  body.set(tail, head.length + chars);
  entries[i] = deflated("xl/sharedStrings.xml", body);
  return rawZip(entries);
}

/**
 * The evaluation table grown to `rows` data rows (Excel allows 1,048,575 below the header), each
 * with `pad` characters of text in a column beside the table: the largest sheet a file within the
 * limits can hold, bound, checked and written. Every `badEvery`-th answer is 11 (an error finding).
 */
export function bigEvaluationSheet(rows: number, pad: number, badEvery = 0): Uint8Array {
  const entries = validEntries();
  const pkg = readPackage(new Uint8Array(readFileSync(fixture("valid.xlsx"))));
  const text = (n: string): string => new TextDecoder().decode(pkg.entries.get(n));
  const sheet = text("xl/worksheets/sheet2.xml");
  const open = sheet.indexOf('<row r="2"');
  const close = sheet.indexOf("</sheetData>");
  const enc = new TextEncoder();
  const filler = new TextDecoder().decode(packable(pad, 16));
  const chunks: Uint8Array[] = [enc.encode(sheet.slice(0, open))];
  const cvr = [12, 21, 26, 30, 33, 36]; // shared-string indexes of the fixture's valid CVR numbers
  let batch = "";
  for (let r = 2; r <= rows + 1; r++) {
    const score = badEvery > 0 && r % badEvery === 0 ? 11 : r % 11;
    batch +=
      `<row r="${r}"><c r="A${r}" t="s"><v>${cvr[r % cvr.length]}</v></c><c r="B${r}" t="s"><v>${r % 2 ? 15 : 24}</v></c>` +
      `<c r="C${r}"><v>${score}</v></c><c r="D${r}" t="s"><v>42</v></c><c r="E${r}" t="s"><v>43</v></c>` +
      `<c r="G${r}" t="inlineStr"><is><t>${filler}</t></is></c></row>`;
    if (batch.length > 1 << 20) {
      chunks.push(enc.encode(batch));
      batch = "";
    }
  }
  chunks.push(enc.encode(batch), enc.encode(sheet.slice(close)));
  let size = 0;
  for (const c of chunks) size += c.length;
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  const ref = `A1:E${rows + 1}`;
  const table = text("xl/tables/table2.xml").replace(/A1:E7/g, ref);
  return rawZip(
    entries.map((e) =>
      e.name === "xl/worksheets/sheet2.xml"
        ? deflated(e.name, body)
        : e.name === "xl/tables/table2.xml"
          ? deflated(e.name, enc.encode(table))
          : e,
    ),
  );
}

/**
 * The course table grown to `rows` data rows with every column filled and two columns of text
 * that differs on every row (P-number, company name): the most a bound sheet makes the check keep
 * in memory per byte of XML.
 */
export function wideCourseSheet(rows: number): Uint8Array {
  const entries = validEntries();
  const pkg = readPackage(new Uint8Array(readFileSync(fixture("valid.xlsx"))));
  const text = (n: string): string => new TextDecoder().decode(pkg.entries.get(n));
  const sheet = text("xl/worksheets/sheet1.xml");
  const open = sheet.indexOf('<row r="2"');
  const close = sheet.indexOf("</sheetData>");
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [enc.encode(sheet.slice(0, open))];
  const cvr = [12, 21, 26, 30, 33, 36];
  const inline = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const shared = (ref: string, i: number): string => `<c r="${ref}" t="s"><v>${i}</v></c>`;
  let batch = "";
  for (let r = 2; r <= rows + 1; r++) {
    batch +=
      `<row r="${r}">${shared(`A${r}`, cvr[r % cvr.length] as number)}${inline(`B${r}`, String(1_000_000_000 + r))}` +
      `${inline(`C${r}`, `Virksomhed nr. ${r} ApS`)}${shared(`D${r}`, r % 2 ? 15 : 24)}${shared(`E${r}`, 16)}` +
      `${shared(`F${r}`, 17)}<c r="G${r}" s="1"><v>${45658 + (r % 365)}</v></c><c r="H${r}"><v>${r % 40}</v></c>` +
      `${shared(`I${r}`, 18)}${shared(`J${r}`, 19)}${shared(`K${r}`, 20)}${shared(`L${r}`, 20)}</row>`;
    if (batch.length > 1 << 20) {
      chunks.push(enc.encode(batch));
      batch = "";
    }
  }
  chunks.push(enc.encode(batch), enc.encode(sheet.slice(close)));
  let size = 0;
  for (const c of chunks) size += c.length;
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.length;
  }
  const table = text("xl/tables/table1.xml").replace(/A1:L7/g, `A1:L${rows + 1}`);
  return rawZip(
    entries.map((e) =>
      e.name === "xl/worksheets/sheet1.xml"
        ? deflated(e.name, body)
        : e.name === "xl/tables/table1.xml"
          ? deflated(e.name, enc.encode(table))
          : e,
    ),
  );
}

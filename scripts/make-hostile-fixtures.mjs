// Writes the hostile-input catalogue to test/fixtures/hostile/: small files a user might hand
// Kontrakttjek (cut-short downloads, password-protected workbooks, CRM exports, messy sheets).
// Deterministic: same script, same bytes (fixed zip timestamps, no randomness, no clock).
// Run: node scripts/make-hostile-fixtures.mjs   (the files are committed; tests only read them)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, zipSync } from "fflate";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "hostile");
mkdirSync(OUT, { recursive: true });
const MTIME = new Date(1980, 0, 1, 0, 0, 0);
const files = new Map();
const put = (name, bytes) => files.set(name, typeof bytes === "string" ? strToU8(bytes) : bytes);

/* ------------------------------------------------------------------ a raw .xlsx builder */

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const NS_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const colName = (c) => {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Styles: 0 General, 1 date (14), 2 dd-mm-yyyy, 3 text (@), 4 percent. */
const STYLES =
  `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd-mm-yyyy"/></numFmts>` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>` +
  `<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>` +
  `<xf numFmtId="49" applyNumberFormat="1"/><xf numFmtId="9" applyNumberFormat="1"/></cellXfs></styleSheet>`;
export const S = { date: 1, ddmmyyyy: 2, text: 3, percent: 4 };

/**
 * Cells: string (shared string), number, boolean, null, `{ error }`, `{ f, v? }` (formula, with or
 * without a cached value), `{ v, s }` (a value with a style index), `{ inline }` (an inline string).
 */
function cellXml(ref, v, str) {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string") return `<c r="${ref}" t="s"><v>${str(v)}</v></c>`;
  if ("error" in v) return `<c r="${ref}" t="e"><v>${esc(v.error)}</v></c>`;
  if ("inline" in v) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v.inline)}</t></is></c>`;
  if ("f" in v) {
    const f = `<f>${esc(v.f)}</f>`;
    if (v.v === undefined) return `<c r="${ref}">${f}</c>`;
    if (typeof v.v === "string") return `<c r="${ref}" t="str">${f}<v>${esc(v.v)}</v></c>`;
    return `<c r="${ref}">${f}<v>${v.v}</v></c>`;
  }
  const s = v.s ? ` s="${v.s}"` : "";
  if (typeof v.v === "string") return `<c r="${ref}"${s} t="s"><v>${str(v.v)}</v></c>`;
  return `<c r="${ref}"${s}><v>${v.v}</v></c>`;
}

/**
 * A workbook from sheets `{ name, rows, state?, hiddenRows?, merges?, tables?: [{ name, ref,
 * columns?, totalsRow? }], rawSheetData? }`; `extra` adds parts, `macro` makes an .xlsm.
 */
function xlsx(spec) {
  const parts = {};
  const shared = [];
  const index = new Map();
  const str = (s) => {
    if (!index.has(s)) {
      index.set(s, shared.length);
      shared.push(s);
    }
    return index.get(s);
  };
  const overrides = [];
  const sheetsXml = [];
  const wbRels = [];
  let tableNo = 0;
  spec.sheets.forEach((sheet, i) => {
    const n = i + 1;
    const hidden = new Set(sheet.hiddenRows ?? []);
    const rows = sheet.rows ?? [];
    let data = "";
    const last = Math.max(rows.length, ...hidden);
    for (let r = 1; r <= last; r++) {
      const cells = (rows[r - 1] ?? []).map((v, c) => cellXml(`${colName(c)}${r}`, v, str)).join("");
      const h = hidden.has(r) ? ' hidden="1"' : "";
      if (cells || h) data += `<row r="${r}"${h}>${cells}</row>`;
    }
    const rels = [];
    const tableParts = [];
    for (const t of sheet.tables ?? []) {
      tableNo++;
      const [from] = t.ref.split(":");
      const firstCol = from.replace(/\d+/g, "");
      const headerRow = Number(from.replace(/\D+/g, ""));
      const names =
        t.columns ??
        (rows[headerRow - 1] ?? []).slice(colIndex(firstCol)).map((h) => (typeof h === "string" ? h : h.v));
      const totals = t.totalsRow ? ` totalsRowCount="1"` : ` totalsRowShown="0"`;
      const filterRef = t.totalsRow ? t.ref.replace(/\d+$/, (m) => String(Number(m) - 1)) : t.ref;
      parts[`xl/tables/table${tableNo}.xml`] =
        `<table ${NS} id="${tableNo}" name="${t.name}" displayName="${t.name}" ref="${t.ref}"${totals}>` +
        `<autoFilter ref="${filterRef}"/><tableColumns count="${names.length}">` +
        names
          .map((nm, k) => {
            const label = t.totalsRow && k === 0 ? ' totalsRowLabel="I alt"' : "";
            const fn = t.totalsRow && k > 0 ? ' totalsRowFunction="count"' : "";
            return `<tableColumn id="${k + 1}" name="${esc(nm)}"${label}${fn}/>`;
          })
          .join("") +
        `</tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
      overrides.push(`<Override PartName="/xl/tables/table${tableNo}.xml" ContentType="${CT}.table+xml"/>`);
      rels.push(
        `<Relationship Id="rId${rels.length + 1}" Type="${REL}/table" Target="../tables/table${tableNo}.xml"/>`,
      );
      tableParts.push(`<tablePart r:id="rId${rels.length}"/>`);
    }
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "";
    const tp = tableParts.length ? `<tableParts count="${tableParts.length}">${tableParts.join("")}</tableParts>` : "";
    parts[`xl/worksheets/sheet${n}.xml`] =
      `<worksheet ${NS} ${NS_R}><sheetData>${sheet.rawSheetData ?? data}</sheetData>${merges}${tp}</worksheet>`;
    if (rels.length)
      parts[`xl/worksheets/_rels/sheet${n}.xml.rels`] =
        `<Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`;
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${CT}.worksheet+xml"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    sheetsXml.push(`<sheet name="${esc(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  });
  const k = spec.sheets.length;
  wbRels.push(`<Relationship Id="rId${k + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  wbRels.push(`<Relationship Id="rId${k + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (spec.macro)
    wbRels.push(
      `<Relationship Id="rId${k + 3}" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`,
    );
  parts["xl/styles.xml"] = STYLES;
  parts["xl/sharedStrings.xml"] =
    `<sst ${NS} count="${shared.length}" uniqueCount="${shared.length}">` +
    shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("") +
    `</sst>`;
  parts["xl/workbook.xml"] = `<workbook ${NS} ${NS_R}><workbookPr/><sheets>${sheetsXml.join("")}</sheets></workbook>`;
  parts["xl/_rels/workbook.xml.rels"] = `<Relationships xmlns="${PKG_REL}">${wbRels.join("")}</Relationships>`;
  parts["_rels/.rels"] =
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const main = spec.macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : `${CT}.sheet.main+xml`;
  parts["[Content_Types].xml"] =
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    (spec.macro ? `<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>` : "") +
    `<Override PartName="/xl/workbook.xml" ContentType="${main}"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    overrides.join("") +
    `</Types>`;
  const order = [
    "[Content_Types].xml",
    "_rels/.rels",
    ...Object.keys(parts).filter((p) => !p.startsWith("[") && p !== "_rels/.rels"),
  ];
  const zipped = {};
  for (const p of order) zipped[p] = strToU8(parts[p].startsWith("<?xml") ? parts[p] : XML_HEAD + parts[p]);
  for (const [p, bytes] of Object.entries(spec.extra ?? {})) zipped[p] = bytes;
  return zipSync(zipped, { level: 6, mtime: MTIME });
}

function colIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/* ------------------------------------------------------------------ data helpers */

/** Valid CVR numbers (modulus 11), deterministic. */
const CVRS = (() => {
  const w = [2, 7, 6, 5, 4, 3, 2, 1];
  const out = [];
  for (let base = 3000000; out.length < 200; base += 7919) {
    const d = String(base).padStart(7, "0").split("").map(Number);
    const sum = d.reduce((a, x, i) => a + x * w[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) out.push(`${d.join("")}${check}`);
  }
  return out;
})();
const cvr = (i) => CVRS[i % CVRS.length];

const FORLOEB_HEAD = [
  "CVR-nummer",
  "P-nummer",
  "Virksomhed",
  "Kundesegment",
  "Forløbstype",
  "Tema",
  "Startdato",
  "Timer",
  "Kommune",
  "Henvist til",
  "Sendt til brugerevaluering",
  "Ledelsesvurdering",
];
/** A valid course row; `over` replaces cells by header. */
const course = (i, over = {}) => {
  const row = {
    "CVR-nummer": cvr(i),
    "P-nummer": String(1000000000 + i * 7),
    Virksomhed: `Virksomhed ${i} ApS`,
    Kundesegment: i % 2 ? "drift" : "vækst",
    Forløbstype: ["Kort forløb", "Handlingsplan", "Vækstplan"][i % 3],
    Tema: "Eksport",
    Startdato: { v: 45700 + i, s: S.date },
    Timer: 2,
    Kommune: "Køge",
    "Henvist til": "EIFO",
    "Sendt til brugerevaluering": "nej",
    Ledelsesvurdering: "nej",
    ...over,
  };
  return FORLOEB_HEAD.map((h) => row[h]);
};

const EVAL_HEAD = ["CVR-nummer", "Kundesegment", "Anbefaling (0-10)", "Forventet effekt", "Brug af henvisning"];
const answer = (i, over = {}) => {
  const row = {
    "CVR-nummer": cvr(i),
    Kundesegment: i % 2 ? "drift" : "vækst",
    "Anbefaling (0-10)": [10, 9, 8, 10, 6][i % 5],
    "Forventet effekt": "i høj grad",
    "Brug af henvisning": "ja",
    ...over,
  };
  return EVAL_HEAD.map((h) => row[h]);
};

const ref = (rows, head) => `A1:${colName(head.length - 1)}${rows.length}`;
const forloebSheet = (rows, extra = {}) => {
  const all = [FORLOEB_HEAD, ...rows];
  return { name: "Forløb", rows: all, tables: [{ name: "Forloeb", ref: ref(all, FORLOEB_HEAD) }], ...extra };
};
const evalSheet = (rows, extra = {}) => {
  const all = [EVAL_HEAD, ...rows];
  return { name: "Brugerevaluering", rows: all, tables: [{ name: "Evaluering", ref: ref(all, EVAL_HEAD) }], ...extra };
};
const range = (n) => Array.from({ length: n }, (_, i) => i);

/* ------------------------------------------------------------------ OLE (compound file) containers */

/** A minimal, well-formed compound file (CFB v3, 512-byte sectors) holding the given streams. */
function compoundFile(streams) {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const NOSTREAM = 0xffffffff;
  // Streams of 4096 bytes or more live in ordinary sectors (no mini stream needed).
  const padded = streams.map(({ name, data }) => {
    const size = Math.max(4096, Math.ceil(data.length / SECTOR) * SECTOR);
    const b = new Uint8Array(size);
    b.set(data);
    return { name, data: b, size: data.length < 4096 ? 4096 : data.length };
  });
  // Sector 0: FAT; sector 1: directory; then the streams.
  let next = 2;
  const starts = padded.map((s) => {
    const at = next;
    next += s.data.length / SECTOR;
    return at;
  });
  const fat = new Uint32Array(SECTOR / 4).fill(FREE);
  fat[0] = 0xfffffffd;
  fat[1] = END;
  padded.forEach((s, i) => {
    const n = s.data.length / SECTOR;
    for (let k = 0; k < n; k++) fat[starts[i] + k] = k === n - 1 ? END : starts[i] + k + 1;
  });
  const header = new Uint8Array(SECTOR);
  const hv = new DataView(header.buffer);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  hv.setUint16(24, 0x003e, true);
  hv.setUint16(26, 0x0003, true);
  hv.setUint16(28, 0xfffe, true);
  hv.setUint16(30, 9, true);
  hv.setUint16(32, 6, true);
  hv.setUint32(44, 1, true); // FAT sectors
  hv.setUint32(48, 1, true); // first directory sector
  hv.setUint32(56, 4096, true);
  hv.setUint32(60, END, true);
  hv.setUint32(68, END, true);
  for (let i = 0; i < 109; i++) hv.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);
  const dir = new Uint8Array(SECTOR);
  const dv = new DataView(dir.buffer);
  const entry = (i, name, type, { left = NOSTREAM, right = NOSTREAM, child = NOSTREAM, start = END, size = 0 }) => {
    const o = i * 128;
    for (let k = 0; k < name.length; k++) dv.setUint16(o + k * 2, name.charCodeAt(k), true);
    dv.setUint16(o + 64, name.length === 0 ? 0 : (name.length + 1) * 2, true);
    dir[o + 66] = type;
    dir[o + 67] = 1; // black
    dv.setUint32(o + 68, left, true);
    dv.setUint32(o + 72, right, true);
    dv.setUint32(o + 76, child, true);
    dv.setUint32(o + 116, start, true);
    dv.setUint32(o + 120, size, true);
  };
  for (let i = 0; i < 4; i++) entry(i, "", 0, {});
  // Siblings as a chain ordered by (length, name): each entry's right sibling is the next one.
  const sorted = padded
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => a.name.length - b.name.length || (a.name.toUpperCase() < b.name.toUpperCase() ? -1 : 1));
  entry(0, "Root Entry", 5, { child: sorted[0].i + 1 });
  sorted.forEach((s, k) =>
    entry(s.i + 1, s.name, 2, {
      right: k + 1 < sorted.length ? sorted[k + 1].i + 1 : NOSTREAM,
      start: starts[s.i],
      size: s.size,
    }),
  );
  const out = new Uint8Array(SECTOR * (next + 1));
  out.set(header, 0);
  out.set(new Uint8Array(fat.buffer), SECTOR);
  out.set(dir, SECTOR * 2);
  padded.forEach((s, i) => out.set(s.data, SECTOR * (starts[i] + 1)));
  return out;
}

/** Deterministic noise standing in for ciphertext. */
const noise = (n, seed) => {
  const b = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
};

const concat = (...parts) => {
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/* ------------------------------------------------------------------ the catalogue */

// A plain, valid workbook: the base for container faults.
const valid = xlsx({
  sheets: [forloebSheet(range(6).map((i) => course(i))), evalSheet(range(6).map((i) => answer(i)))],
});
put("valid.xlsx", valid);

// Container faults.
put("empty.xlsx", new Uint8Array(0));
put("not-a-zip.xlsx", "CVR-nummer;Virksomhed;Timer\n12345674;Test ApS;2,5\n");
put(
  "crm-export-html.xlsx",
  '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>CVR-nummer</td><td>Timer</td></tr>' +
    "<tr><td>12345674</td><td>2,5</td></tr></table></body></html>\n",
);
put("truncated.xlsx", valid.subarray(0, Math.floor(valid.length / 2)));
put(
  "zip-bomb.xlsx",
  zipSync(
    {
      "[Content_Types].xml": strToU8(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      ),
      "xl/workbook.xml": strToU8(`${XML_HEAD}<workbook ${NS}/>`),
      // 64 MiB of spaces: deflates about 1000:1.
      "xl/worksheets/sheet1.xml": new Uint8Array(64 * 1024 * 1024).fill(0x20),
    },
    { level: 9, mtime: MTIME },
  ),
);
const encryptionInfo = concat(
  new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]),
  strToU8(
    `${XML_HEAD}<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>`,
  ),
);
put(
  "password-protected.xlsx",
  compoundFile([
    { name: "EncryptionInfo", data: encryptionInfo },
    { name: "EncryptedPackage", data: concat(new Uint8Array([0x00, 0x20, 0, 0, 0, 0, 0, 0]), noise(8184, 7)) },
  ]),
);
// BIFF8 starts with a BOF record (0x0809).
const biff = concat(new Uint8Array([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]), noise(4088, 11));
put("legacy.xls", compoundFile([{ name: "Workbook", data: biff }]));
put("legacy-renamed.xlsx", compoundFile([{ name: "Workbook", data: biff }]));
put("semicolon.csv", "CVR-nummer;Virksomhed;Timer\n12345674;Test ApS;2,5\n");
put(
  "word-document.xlsx",
  zipSync(
    {
      "[Content_Types].xml": strToU8(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
      ),
      "word/document.xml": strToU8(
        `${XML_HEAD}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
      ),
    },
    { mtime: MTIME },
  ),
);
{
  // Entries flagged as encrypted (ZipCrypto): general-purpose bit 0 in both headers.
  const z = zipSync({ "xl/workbook.xml": strToU8(`<workbook ${NS}/>`) }, { mtime: MTIME });
  for (let i = 0; i + 4 < z.length; i++) {
    const sig = z[i] === 0x50 && z[i + 1] === 0x4b;
    if (sig && ((z[i + 2] === 3 && z[i + 3] === 4) || (z[i + 2] === 1 && z[i + 3] === 2))) {
      const at = i + (z[i + 2] === 3 ? 6 : 8);
      z[at] |= 1;
    }
  }
  put("zip-encrypted-entries.xlsx", z);
}
put(
  "malformed-sheet.xlsx",
  xlsx({
    sheets: [
      {
        name: "Forløb",
        rawSheetData:
          '<row r="1"><c r="A1" t="inlineStr"><is><t>CVR-nummer</t></is></c></row><row r="2"><c r="A2"><v>1</v></row',
      },
    ],
  }),
);
put(
  "macro.xlsm",
  xlsx({
    macro: true,
    sheets: [forloebSheet(range(4).map((i) => course(i))), evalSheet(range(5).map((i) => answer(i)))],
    extra: {
      "xl/vbaProject.bin": concat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), noise(1016, 3)),
    },
  }),
);

// Messy content.
put(
  "duplicate-headers.xlsx",
  xlsx({
    sheets: [
      {
        name: "Brugerevaluering",
        rows: [
          ["CVR-nummer", "Anbefaling (0-10)", "Kundesegment", "Anbefaling (0-10)"],
          [cvr(0), 10, "drift", 3],
          [cvr(1), 9, "vækst", 4],
          [cvr(2), 2, "drift", 10],
        ],
      },
    ],
  }),
);
put(
  "merged-header.xlsx",
  xlsx({
    sheets: [
      {
        name: "Brugerevaluering",
        rows: [
          ["Brugerevaluering 2025", null, null],
          ["CVR-nummer", "Anbefaling (0-10)", null],
          [cvr(0), 10, 1],
          [cvr(1), 9, 2],
          [cvr(2), 6, 3],
        ],
        merges: ["A1:C1", "B2:C2"],
      },
    ],
  }),
);
put(
  "blank-rows.xlsx",
  xlsx({
    sheets: [
      evalSheet([
        answer(0),
        answer(1),
        [],
        answer(2),
        answer(3),
        [],
        [],
        answer(4, { "Anbefaling (0-10)": 11 }),
        answer(5),
      ]),
    ],
  }),
);
put(
  "error-values.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0),
        course(1, { Timer: { error: "#DIV/0!" } }),
        course(2),
        course(3, { Startdato: { error: "#VALUE!" } }),
      ]),
      evalSheet([
        answer(0),
        answer(1, { "Anbefaling (0-10)": { error: "#N/A" } }),
        answer(2),
        answer(3, { "CVR-nummer": { error: "#REF!" } }),
      ]),
    ],
  }),
);
put(
  "formulas-no-cache.xlsx",
  xlsx({
    sheets: [
      evalSheet([
        answer(0, { "Anbefaling (0-10)": { f: "5+5", v: 10 } }),
        answer(1, { "Anbefaling (0-10)": { f: "4+5" } }),
        answer(2, { "Anbefaling (0-10)": { f: "4+5" } }),
        answer(3, { "Forventet effekt": { f: '"i høj "&"grad"' } }),
        answer(4, { "Anbefaling (0-10)": { f: "1/0", v: undefined } }),
      ]),
    ],
  }),
);
put(
  "numbers-as-text.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { Timer: { v: "12", s: S.text }, "CVR-nummer": Number(cvr(0)), "P-nummer": 1000000000 }),
        course(1, { Timer: "2,5" }),
        course(2, { Timer: " 3 " }),
      ]),
      evalSheet([
        answer(0, { "Anbefaling (0-10)": { v: "10", s: S.text } }),
        answer(1, { "Anbefaling (0-10)": "9" }),
        answer(2, { "Anbefaling (0-10)": " 8 " }),
        answer(3, { "Anbefaling (0-10)": "6" }),
      ]),
    ],
  }),
);
put(
  "danish-numbers.xlsx",
  xlsx({
    sheets: [
      forloebSheet([course(0, { Timer: "1,5" }), course(1, { Timer: "2,25" }), course(2, { Timer: 3.5 })]),
      {
        name: "Nøgletal",
        rows: [
          ["Nøgle", "Værdi", "Kilde"],
          ["Omsætning i alt", "12.345.678,50", "Regnskab"],
          ["Basistilskud", "4.938.271,4", "Regnskab"],
          ["Kendskabsgrad", "52,5", "Måling"],
        ],
        tables: [{ name: "Noegletal", ref: "A1:C4" }],
      },
    ],
  }),
);
put(
  "dates.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { Startdato: { v: 45731, s: S.date } }), // 15-03-2025, a date serial
        course(1, { Startdato: 45732 }), // a serial without a date format
        course(2, { Startdato: "2025-03-17" }),
        course(3, { Startdato: "18-03-2025" }),
        course(4, { Startdato: "19.3.2025" }),
        course(5, { Startdato: { v: "20-03-2025", s: S.text } }),
        course(6, { Startdato: "31-02-2025" }), // no such day
        course(7, { Startdato: "15-03-2024" }), // the year before: not counted in 2025
        course(8, { Startdato: { v: 45658, s: S.ddmmyyyy } }), // 01-01-2025
      ]),
    ],
  }),
);
put(
  "cvr-variants.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { "CVR-nummer": "12 34 56 74" }),
        course(1, { "CVR-nummer": "DK12345674" }),
        course(2, { "CVR-nummer": "DK-12345674" }),
        course(3, { "CVR-nummer": " dk 12345674 " }),
        course(4, { "CVR-nummer": 12345674 }),
        course(5, { "CVR-nummer": "12345675" }), // wrong check digit
        course(6, { "CVR-nummer": "1234567" }), // a digit short
        course(7, { "CVR-nummer": "02345678" }), // leading zero
      ]),
    ],
  }),
);
const LONG = 32767;
const longText = (seed) => Array.from({ length: LONG }, (_, i) => "æøåABC "[(i + seed) % 7]).join("");
put(
  "long-strings.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { Virksomhed: longText(0) }),
        course(1, { "CVR-nummer": `1${"2".repeat(LONG - 1)}` }),
        course(2, { Kundesegment: longText(3) }),
        course(3, { Tema: longText(5) }),
      ]),
    ],
  }),
);
const nfd = (s) => s.normalize("NFD");
put(
  "unicode-nfd.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { Kundesegment: "VÆKST" }),
        course(1, { Kundesegment: "vaekst" }),
        course(2, { Kundesegment: "Vækst\u00a0" }),
        course(3, { Forløbstype: "Kort\u00a0forløb" }),
        course(4, { Forløbstype: "KORT FORLØB " }),
      ]),
      {
        name: nfd("Aktiviteter på vej"),
        rows: [
          [nfd("Mål"), "Aktivitet", "Status", "Dokumentation"],
          [
            "10",
            nfd(
              "Fælles aktiviteter målrettet det lokale erhvervsliv gennemført i samarbejde med alle lokale erhvervsserviceoperatører (fx events, raketforløb, workshops)",
            ),
            "opfyldt",
            nfd("Referat fra mødet på rådhuset"),
          ],
        ],
      },
      {
        name: "Brugerevaluering",
        rows: [
          ["CVR-nummer", "Anbefaling (0-10)", "Bæredygtighed", nfd("Forventet effekt")],
          [cvr(0), 10, nfd("i høj grad"), "I HØJ GRAD"],
          [cvr(1), 9, "i hoej grad", "i nogen grad"],
          [cvr(2), 3, "slet ikke", "ved ikke"],
        ],
        tables: [{ name: "Evaluering", ref: "A1:D4" }],
      },
    ],
  }),
);
put(
  "hidden-rows-and-sheets.xlsx",
  xlsx({
    sheets: [
      { name: "Forside", rows: [["Rapport 2025"]] },
      { ...forloebSheet(range(5).map((i) => course(i))), state: "hidden", hiddenRows: [3, 4] },
      {
        ...evalSheet(range(5).map((i) => answer(i, { "Anbefaling (0-10)": i === 2 ? 12 : 10 }))),
        state: "veryHidden",
        hiddenRows: [4],
      },
    ],
  }),
);
put(
  "empty-tables.xlsx",
  xlsx({
    sheets: [
      { name: "Forløb", rows: [FORLOEB_HEAD, []], tables: [{ name: "Forloeb", ref: "A1:L2" }] },
      { name: "Brugerevaluering", rows: [EVAL_HEAD, []], tables: [{ name: "Evaluering", ref: "A1:E2" }] },
    ],
  }),
);
put(
  "title-above-header.xlsx",
  xlsx({
    sheets: [
      {
        name: "CRM-udtræk",
        rows: [
          ["Udtræk fra CRM, 2025"],
          ["Genereret automatisk"],
          [],
          EVAL_HEAD,
          answer(0),
          answer(1, { "Anbefaling (0-10)": -1 }),
          answer(2),
        ],
      },
    ],
  }),
);
put(
  "totals-row.xlsx",
  xlsx({
    sheets: [
      {
        name: "Brugerevaluering",
        rows: [EVAL_HEAD, answer(0), answer(1), answer(2), ["I alt", null, 3, null, null]],
        tables: [{ name: "Evaluering", ref: "A1:E5", totalsRow: true }],
      },
    ],
  }),
);
put(
  "booleans.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { "Sendt til brugerevaluering": true, Timer: 5 }),
        course(1, { "Sendt til brugerevaluering": false, Timer: 2 }),
        course(2, { "Sendt til brugerevaluering": "JA", Timer: 4 }),
        course(3, { "Sendt til brugerevaluering": "Nej", Timer: 1 }),
      ]),
    ],
  }),
);
put(
  "bad-values.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { Kundesegment: "stor" }),
        course(1, { Timer: -3 }),
        course(2, { Timer: "mange" }),
        course(3, { "Sendt til brugerevaluering": "måske" }),
      ]),
      evalSheet([
        answer(0, { "Anbefaling (0-10)": 11 }),
        answer(1, { "Anbefaling (0-10)": 9.5 }),
        answer(2, { "Anbefaling (0-10)": "ni" }),
        answer(3, { "Forventet effekt": "meget" }),
      ]),
    ],
  }),
);
put(
  "formula-like-text.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { "CVR-nummer": '=HYPERLINK("http://example.invalid","klik")' }),
        course(1, { "CVR-nummer": "+1" }),
        course(2, { "CVR-nummer": "-2" }),
        course(3, { "CVR-nummer": "@SUM(A1)" }),
        course(4, { Kundesegment: "=1+1" }),
      ]),
    ],
  }),
);
put(
  "odd-numbers.xlsx",
  xlsx({
    sheets: [
      forloebSheet([
        course(0, { Timer: 1e308 }),
        course(1, { Timer: "1e309" }),
        course(2, { Timer: "NaN" }),
        course(3, { Timer: "Infinity" }),
        course(4, { Timer: -0 }),
        course(5, { Timer: 4.9e-324 }),
      ]),
      evalSheet([answer(0, { "Anbefaling (0-10)": 1e308 }), answer(1, { "Anbefaling (0-10)": "NaN" }), answer(2)]),
    ],
  }),
);
put(
  "whitespace-headers.xlsx",
  xlsx({
    sheets: [
      {
        name: "Brugerevaluering",
        rows: [
          ["\ufeffCVR-nummer", " Anbefaling\u00a0(0-10) ", "Kunde\u200bsegment"],
          [cvr(0), 10, "drift"],
          [cvr(1), 9, "vækst"],
          [cvr(2), 0, "drift"],
        ],
      },
    ],
  }),
);
put(
  "quoted-sheet-name.xlsx",
  xlsx({
    sheets: [{ ...forloebSheet([course(0), course(1, { Timer: -1 })]), name: "Forløb 'Q1' & <Co>" }],
  }),
);

for (const [name, bytes] of files) writeFileSync(join(OUT, name), bytes);
console.log(`wrote ${files.size} files to test/fixtures/hostile/`);

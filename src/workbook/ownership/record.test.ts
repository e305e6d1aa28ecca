/**
 * The one record format both hosts store: what `recordXml` writes, `parseRecord` reads back —
 * also after a host re-serialised it (Excel's `getXml` need not give back our bytes).
 */
import fc from "fast-check";
import { ownedCellsOf } from "./cells";
import { EMPTY_OWNERSHIP, MARKS_NS, parseRecord, recordXml, type Ownership } from "./record";

const SAMPLE: Ownership = {
  sheets: [{ sheetId: 3, name: "Målopfyldelse", created: true, ...ownedCellsOf([{ row: 1, column: 0, hash: 7 }]) }],
  columns: [
    {
      sheetId: 0,
      sheet: 'Data & "mere" <her>',
      table: "Tabel1",
      tableColumnId: null,
      header: "Kontrol",
      column: 4,
      headerRow: 1,
      lastRow: 3,
      ...ownedCellsOf([
        { row: 1, column: 4, hash: 1 },
        { row: 2, column: 4, hash: 0xffffffff },
        { row: 3, column: 4, hash: 12345 },
      ]),
    },
  ],
  highlights: [
    {
      sheetId: 0,
      sheet: "Data",
      ref: "B2",
      kind: "warning",
      original: null,
      originalFill: "",
      applied: NaN,
      created: false,
    },
  ],
  charts: [],
  calcOnLoadAdded: true,
};

const roundTrip = (o: Ownership): Ownership | null => parseRecord(recordXml(o));

describe("the ownership record (one format for the .xlsx writer and the Office adapter)", () => {
  it("reads back what it writes: sheets, columns with fingerprints, a highlight known by its fill only", () => {
    const back = roundTrip(SAMPLE);
    expect(back).not.toBeNull();
    expect(back?.sheets[0]).toMatchObject({ name: "Målopfyldelse", created: true, cells: "A1" });
    expect([...(back?.sheets[0]?.fp ?? [])]).toEqual([7]);
    expect(back?.columns[0]).toMatchObject({
      sheet: 'Data & "mere" <her>',
      table: "Tabel1",
      tableColumnId: null,
      header: "Kontrol",
      column: 4,
      headerRow: 1,
      lastRow: 3,
      cells: "E1:E3",
    });
    expect([...(back?.columns[0]?.fp ?? [])]).toEqual([1, 0xffffffff, 12345]);
    expect(back?.highlights).toHaveLength(1);
    expect(back?.highlights[0]).toMatchObject({ sheet: "Data", ref: "B2", kind: "warning", originalFill: "" });
    expect(Number.isNaN(back?.highlights[0]?.applied)).toBe(true);
    expect(back?.calcOnLoadAdded).toBe(true);
  });

  it("reads the record as a host may give it back: another prefix, a default namespace, open elements, single quotes", () => {
    const xml = recordXml(SAMPLE);
    const variants = [
      xml.replace(/kt:/g, "ns0:").replace("xmlns:kt=", "xmlns:ns0="),
      xml
        .replace(/<\?xml[^>]*\?>\n?/, "")
        .replace(/kt:/g, "")
        .replace("xmlns:kt=", "xmlns="),
      xml.replace(/<(kt:\w+)([^>]*?)\/>/g, "<$1$2></$1>"),
      xml
        .replace(/"/g, "'")
        .replace(/&quot;/g, '"')
        .replace("<?xml", "<!-- kopi -->\r\n<?xml"),
      `<?xml version="1.0" encoding="utf-16"?>` + xml.replace(/<\?xml[^>]*\?>\n?/, "").replace(/></g, ">\n  <"),
    ];
    for (const v of variants) {
      const back = parseRecord(v);
      expect(back?.columns[0]?.sheet).toBe('Data & "mere" <her>');
      expect(back?.columns[0]?.cells).toBe("E1:E3");
      expect([...(back?.columns[0]?.fp ?? [])]).toEqual([1, 0xffffffff, 12345]);
      expect(back?.sheets.map((s) => s.name)).toEqual(["Målopfyldelse"]);
      expect(back?.highlights).toHaveLength(1);
    }
  });

  it("is not fooled: another namespace, another root, a DTD, or no XML give no record", () => {
    const xml = recordXml(SAMPLE);
    expect(parseRecord(xml.replace(MARKS_NS, "urn:other"))).toBeNull();
    expect(parseRecord(`<kt:other xmlns:kt="${MARKS_NS}"/>`)).toBeNull();
    expect(parseRecord(`<!DOCTYPE x [<!ENTITY a "b">]>${xml}`)).toBeNull();
    expect(parseRecord("")).toBeNull();
    expect(parseRecord(recordXml(EMPTY_OWNERSHIP))).toEqual(EMPTY_OWNERSHIP);
  });

  it("a version-1 record (no fingerprints, columns without cells) is still read by name", () => {
    const v1 =
      `<kt:marks xmlns:kt="${MARKS_NS}" version="1"><kt:sheet name="Målopfyldelse" sheetId="2" created="1" cells="A1:B3"/>` +
      `<kt:column sheet="Data" sheetId="1" column="4" headerRow="1" lastRow="9"/>` +
      `<kt:highlights sheetId="1" kind="error" original="" applied="5" cells="B2"/></kt:marks>`;
    const back = parseRecord(v1);
    expect(back?.sheets[0]).toMatchObject({ name: "Målopfyldelse", cells: "A1:B3", fp: null });
    expect(back?.columns[0]).toMatchObject({ sheet: "Data", header: null, cells: "", fp: null });
    expect(back?.highlights[0]).toMatchObject({ sheet: "Data", applied: 5, originalFill: null });
  });

  it("any sheet name, header and fingerprints survive the trip (property)", () => {
    const text = fc
      .string({ minLength: 1, maxLength: 31 })
      .filter((s) => s.trim() !== "" && !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s));
    fc.assert(
      fc.property(
        text,
        text,
        fc.array(fc.record({ row: fc.integer({ min: 1, max: 1_048_576 }), hash: fc.nat() }), {
          minLength: 1,
          maxLength: 30,
        }),
        (sheet, header, cells) => {
          const unique = [...new Map(cells.map((c) => [c.row, { ...c, column: 2 }])).values()];
          const owned = ownedCellsOf(unique);
          const o: Ownership = {
            ...EMPTY_OWNERSHIP,
            sheets: [{ sheetId: 1, name: sheet, created: false, ...owned }],
            columns: [
              {
                sheetId: 1,
                sheet,
                table: null,
                tableColumnId: 3,
                header,
                column: 2,
                headerRow: 1,
                lastRow: 2,
                ...owned,
              },
            ],
          };
          const back = roundTrip(o);
          expect(back?.sheets[0]?.name).toBe(sheet);
          expect(back?.columns[0]?.header).toBe(header);
          expect(back?.columns[0]?.cells).toBe(owned.cells);
          expect([...(back?.columns[0]?.fp ?? [])]).toEqual([...(owned.fp ?? [])]);
        },
      ),
    );
  });
});

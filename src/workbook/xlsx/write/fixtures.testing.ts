/**
 * Round-trip fixtures: a workbook from `createWorkbook` with parts added by hand the way Excel
 * writes them (comments with their VML drawing, conditional formatting with a dxf, a styled cell,
 * an x14 extLst, custom document properties), a variant whose sheet uses an `x:` namespace prefix
 * (as .NET Open XML SDK writes), an .xlsm with a macro part, and the same workbook saved by
 * LibreOffice.
 */
import { buildWorkbookParts } from "../create";
import type { XlsxPackage } from "../zip";
import { readPackage, writePackage } from "../zip";
import { convertWithLibreOffice } from "../../../../test/writer/libreoffice";

const enc = new TextEncoder();
const dec = new TextDecoder();

export const partText = (pkg: XlsxPackage, name: string): string => {
  const b = pkg.entries.get(name);
  if (!b) throw new Error(`missing part ${name}`);
  return dec.decode(b);
};

const withParts = (pkg: XlsxPackage, changes: Record<string, string | Uint8Array>): XlsxPackage => {
  const entries = new Map(pkg.entries);
  const order = [...pkg.order];
  for (const [name, v] of Object.entries(changes)) {
    entries.set(name, typeof v === "string" ? enc.encode(v) : v);
    if (!order.includes(name)) order.push(name);
  }
  return { entries, order };
};

/** The base workbook: a table with filter buttons, validation, formats, a formula and names. */
export const basePackage = (): XlsxPackage =>
  buildWorkbookParts({
    sheets: [
      {
        name: "Forløb",
        headerRows: 1,
        columns: [{ width: 12 }, { width: 12, format: "date" }, { width: 8 }, { width: 10 }],
        rows: [
          ["CVR-nummer", "Startdato", "Timer", "Kundesegment"],
          ["12345678", { kind: "date", value: "2025-01-15" }, 3, "drift"],
          ["1234", { kind: "date", value: "2025-02-01" }, 25, "vækst"],
          ["87654321", { kind: "date", value: "2025-03-01" }, 12, "drift"],
          ["11111111", { kind: "date", value: "2025-04-01" }, 4, "vækst"],
          ["22222222", { kind: "date", value: "2025-05-01" }, 30, "drift"],
          [],
          [],
          [{ kind: "formula", formula: "=SUM(Forloeb[[Timer]])", cached: 74 }, "Timer i alt"],
        ],
        tables: [{ name: "Forloeb", range: "A1:D6" }],
        validations: [
          { range: "D2:D6", type: "list", values: ["drift", "vækst"] },
          { range: "C2:C6", type: "decimal", min: 0, max: 500 },
        ],
      },
      { name: "Lister", rows: [["drift"], ["vækst"]] },
    ],
    definedNames: [{ name: "Segmenter", formula: "Lister!$A$1:$A$2" }],
  });

const COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Revisor</author></authors><commentList><comment ref="C3" authorId="0"><text><r><t>Over 20 timer: er der en ledelsesbeslutning?</t></r></text></comment></commentList></comments>';

const VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
 <o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>
 <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
 <v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:150pt;margin-top:20pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">
  <v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>
  <v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>
  <x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 1, 10, 5, 15, 5, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>2</x:Row><x:Column>2</x:Column></x:ClientData>
 </v:shape>
</xml>`;

const CUSTOM_PROPS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Erhvervshus"><vt:lpwstr>Sjælland</vt:lpwstr></property></Properties>';

const EXT_LST =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Lister!$A$1:$A$2</xm:f></x14:formula1><xm:sqref>D7:D8</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';

/** Base workbook plus comments, conditional formatting, a styled cell, extLst and custom properties. */
export const richPackage = (): XlsxPackage => {
  const base = basePackage();
  let sheet = partText(base, "xl/worksheets/sheet1.xml");
  let styles = partText(base, "xl/styles.xml");
  // a styled cell: yellow fill, thin border on A2 (the CVR of the first row)
  styles = styles
    .replace(
      /<fills count="2">(.*?)<\/fills>/,
      '<fills count="3">$1<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>',
    )
    .replace(
      /<borders count="1">(.*?)<\/borders>/,
      '<borders count="2">$1<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top/><bottom/><diagonal/></border></borders>',
    )
    .replace(/<cellXfs count="(\d+)">(.*?)<\/cellXfs>/, (_m, n: string, xfs: string) => {
      return `<cellXfs count="${Number(n) + 1}">${xfs}<xf numFmtId="0" fontId="0" fillId="2" borderId="1" xfId="0" applyFill="1" applyBorder="1"/></cellXfs>`;
    })
    .replace(
      '<dxfs count="0"/>',
      '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>',
    );
  const styledXf = Number(/<cellXfs count="(\d+)">/.exec(styles)?.[1]) - 1;
  sheet = sheet
    .replace(/<c r="A2"( s="\d+")?/, `<c r="A2" s="${styledXf}"`)
    .replace(
      "<dataValidations",
      '<conditionalFormatting sqref="C2:C6"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>20</formula></cfRule></conditionalFormatting><dataValidations',
    )
    .replace("<tableParts", '<legacyDrawing r:id="rId3"/><tableParts')
    .replace("</worksheet>", `${EXT_LST}</worksheet>`);
  const sheetRels = partText(base, "xl/worksheets/_rels/sheet1.xml.rels").replace(
    "</Relationships>",
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
  );
  const ct = partText(base, "[Content_Types].xml")
    .replace(
      '<Default Extension="xml"',
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="xml"',
    )
    .replace(
      "</Types>",
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    );
  const rootRels = partText(base, "_rels/.rels").replace(
    "</Relationships>",
    '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
  );
  return withParts(base, {
    "[Content_Types].xml": ct,
    "_rels/.rels": rootRels,
    "xl/styles.xml": styles,
    "xl/worksheets/sheet1.xml": sheet,
    "xl/worksheets/_rels/sheet1.xml.rels": sheetRels,
    "xl/comments1.xml": COMMENTS,
    "xl/drawings/vmlDrawing1.vml": VML,
    "docProps/custom.xml": CUSTOM_PROPS,
  });
};

/** The rich workbook with its first sheet written with an `x:` prefix for the main namespace. */
export const prefixedPackage = (): XlsxPackage => {
  const rich = richPackage();
  const sheet = partText(rich, "xl/worksheets/sheet1.xml")
    .replace(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
    )
    .replace(/<(\/?)(?!x:|x14:|xm:|\?)([A-Za-z]+)([\s>/])/g, (m, slash: string, name: string, after: string) =>
      name === "worksheet" ? m : `<${slash}x:${name}${after}`,
    )
    .replace("</worksheet>", "</x:worksheet>");
  return withParts(rich, { "xl/worksheets/sheet1.xml": sheet });
};

/** The rich workbook as an .xlsm: a macro part and the macro-enabled workbook content type. */
export const macroPackage = (): XlsxPackage => {
  const rich = richPackage();
  const vba = new Uint8Array(512).map((_v, i) => (i * 37) % 256);
  const ct = partText(rich, "[Content_Types].xml")
    .replace(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    .replace(
      '<Default Extension="xml"',
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default Extension="xml"',
    );
  const rels = partText(rich, "xl/_rels/workbook.xml.rels").replace(
    "</Relationships>",
    '<Relationship Id="rId99" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
  );
  return withParts(rich, { "[Content_Types].xml": ct, "xl/_rels/workbook.xml.rels": rels, "xl/vbaProject.bin": vba });
};

/** The rich workbook saved by LibreOffice (needs soffice). */
export const libreOfficePackage = async (): Promise<XlsxPackage> =>
  readPackage(await convertWithLibreOffice(writePackage(richPackage()), "xlsx", "xlsx"));

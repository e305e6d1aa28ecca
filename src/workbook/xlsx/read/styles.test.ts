import { isDateFormatCode, readDateStyles } from "./styles";

describe("date formats", () => {
  it.each([
    ["dd-mm-yyyy", true],
    ["d/m/yy;@", true],
    ["[$-406]d. mmmm yyyy;@", true],
    ["mmm-yy", true],
    ["yyyy-mm-dd hh:mm", true],
    ["h:mm", false],
    ["mm:ss", false],
    ["[h]:mm:ss", false],
    ["[h]:mm", false],
    ["[mm]", false],
    ["0.00", false],
    ['#,##0 "kr."', false],
    ['0" dage"', false],
    ["General", false],
    ["@", false],
    ["0%", false],
    ['[Red]"yes";"no"', false],
  ])("%s → %s", (code, expected) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });

  it("maps cellXfs to date flags with built-in ids 14–22 and 45–47 and custom codes", () => {
    const xml =
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>` +
      `<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="47"/></cellXfs>` +
      `</styleSheet>`;
    expect(readDateStyles(xml)).toEqual([false, true, true, true, false, true]);
    expect(readDateStyles(undefined)).toEqual([]);
  });
});

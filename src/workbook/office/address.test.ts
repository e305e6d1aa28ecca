import { blockAddress, indexAddress, parseBlock } from "./address";

describe("the Office adapter's edge to A1, where rows count from 0", () => {
  it("writes zero-based row indexes as Excel row numbers", () => {
    expect(indexAddress(6, 1)).toBe("B7");
    expect(blockAddress(1, 0, 3, 2)).toBe("A2:B4");
    expect(blockAddress(0, 2, 1, 1)).toBe("C1");
  });

  it("reads an address, with or without its sheet, as a zero-based block", () => {
    expect(parseBlock("'Ark 1'!B2:D9")).toEqual({ row: 1, column: 1, rows: 8, columns: 3 });
    expect(parseBlock("$C$7")).toEqual({ row: 6, column: 2, rows: 1, columns: 1 });
    expect(parseBlock("Ark!")).toBeNull();
  });
});

import fc from "fast-check";
import { fill, formatNumber, placeholders, pluralize } from ".";

describe("formatNumber", () => {
  it.each<[number, string, string]>([
    [2.5, "2,5", "2.5"],
    [1234, "1234", "1234"],
    [12345.5, "12.345,5", "12,345.5"],
    [-1000000, "-1.000.000", "-1,000,000"],
    [0, "0", "0"],
  ])("%p → %j (da), %j (en)", (n, da, en) => {
    expect(formatNumber(n, "da")).toBe(da);
    expect(formatNumber(n, "en")).toBe(en);
  });
});

describe("fill", () => {
  it("fills names, numbers and dates per language", () => {
    expect(fill("{n} timer fra {from}", { n: 22.5, from: "2025-01-10" }, "da")).toBe("22,5 timer fra 10-01-2025");
    expect(fill("{n} hours from {from}", { n: 22.5, from: "2025-01-10" }, "en")).toBe("22.5 hours from 2025-01-10");
  });

  it("never leaves raw braces and ignores inherited names", () => {
    expect(fill("{missing} {toString} {x}", { x: null }, "da")).toBe("? ? ?");
  });

  it("never throws", () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.double())), (t, v) => {
        fill(t, v, "da");
        fill(t, v, "en");
      }),
    );
  });

  it("lists placeholders", () => expect(placeholders("{b} og {a} og {b}")).toEqual(["a", "b", "b"]));
});

describe("plural choices", () => {
  it("{n:one|other} takes the word that goes with the number, in fill and pluralize alike", () => {
    expect(fill("{n} {n:række|rækker}", { n: 1 }, "da")).toBe("1 række");
    expect(fill("{n} {n:række|rækker}", { n: 0 }, "da")).toBe("0 rækker");
    expect(fill("{n} {n:row|rows}", { n: 12345 }, "en")).toBe("12,345 rows");
    expect(pluralize("{n} {n:fejl|fejl} i {sheet}", { n: 2 })).toBe("{n} fejl i {sheet}");
    expect(pluralize("{n:is|are}", {})).toBe("are");
    expect(placeholders("{n} {n:row|rows} in {sheet}")).toEqual(["n", "sheet"]);
  });
});

import fc from "fast-check";
import { parseScore } from ".";

describe("parseScore", () => {
  it.each<[unknown, number]>([
    [0, 0],
    [10, 10],
    [10.0, 10],
    ["9", 9],
    ["10 - Meget sandsynligt", 10],
    ["0 (usandsynligt)", 0],
    ["7: neutral", 7],
    [" 7 ", 7],
    ["10,0", 10],
    ["10.0", 10],
  ])("%j → %p", (v, expected) => expect(parseScore(v as string)).toBe(expected));

  it.each<[unknown]>([[7.5], ["7,5"], [11], [-1], ["ti"], [true], ["10 %"], ["11 - Meget sandsynligt"], ["9 - 10"]])(
    "%j → not-a-score",
    (v) => expect(parseScore(v as string)).toEqual({ invalid: "not-a-score" }),
  );

  it("error → error-value, blank → null", () => {
    expect(parseScore({ error: "#N/A" })).toEqual({ invalid: "error-value" });
    expect(parseScore("")).toBeNull();
  });

  it("accepts exactly the integers 0..10", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100, max: 100 }),
        (n) => (typeof parseScore(n) === "number") === (n >= 0 && n <= 10),
      ),
    );
  });
});

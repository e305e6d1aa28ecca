import { cellText } from ".";

describe("cellText", () => {
  it.each<[unknown, string]>([
    [null, ""],
    [undefined, ""],
    ["abc", "abc"],
    [12.5, "12.5"],
    [true, "TRUE"],
    [false, "FALSE"],
    [{ error: "#N/A" }, "#N/A"],
  ])("%j → %j", (v, expected) => expect(cellText(v as string)).toBe(expected));

  it("cuts long texts", () => {
    const t = cellText("x".repeat(1000));
    expect(t).toHaveLength(200);
    expect(t.endsWith("…")).toBe(true);
  });
});

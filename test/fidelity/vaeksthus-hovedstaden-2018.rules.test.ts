/**
 * Regional aftale for Væksthus Hovedstadsregionen 2018: goals pinned by a few hand-made rows, the
 * agreement's words in the test name; figures worked out in the comments.
 */
import { activities, figures, itemsOf } from "./helpers";

const ID = "vaeksthus-hovedstaden-2018";

describe("Væksthus Hovedstadsregionen 2018, mål 2b", () => {
  it("'I samarbejde med relevante aktører at tiltrække start-ups til Greater Copenhagen': one goal, one item", () => {
    // "Dette med henblik på at understøtte de private aktører …" is the purpose, not a second item.
    expect(itemsOf(ID, "2b")).toHaveLength(1);
    const rows = activities("2b", [[itemsOf(ID, "2b")[0]!, "opfyldt"]]);
    expect(figures(ID, "2b", { Aktiviteter: rows }).pct).toBe(100);
  });
});

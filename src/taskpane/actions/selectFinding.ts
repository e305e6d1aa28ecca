import { cellOfFinding } from "../../app/locate";
import type { Action } from "./types";

/** Show a finding's cell in the workbook. */
export const actionSelectFinding: Action<"selectFinding"> = {
  name: "selectFinding",
  label: "checkGoTo",
  predicate: () => true,
  async perform(state, { finding }, ctx) {
    const cell = cellOfFinding(finding, state.data, state.bind);
    if (cell) await ctx.host.selectCell(cell.sheet, cell.row, cell.column);
    return {};
  },
};

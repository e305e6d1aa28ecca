import { chosenContract } from "../contracts";
import { t } from "../strings";
import type { Action } from "./types";

/** Keep a goal's what-if scenario as a new sheet of the user's (never over another sheet). */
export const actionSaveScenario: Action<"saveScenario"> = {
  name: "saveScenario",
  label: "whatIfSaveGo",
  busy: "busyWrite",
  predicate: (s) => s.evaluation !== null,
  async perform(state, input, ctx) {
    const contract = chosenContract(state, ctx.services);
    if (!contract || !state.evaluation) return { error: { message: t("goalNoData", state.lang) } };
    const saved = await ctx.services.saveScenario(
      ctx.host.port,
      {
        contract,
        result: state.evaluation,
        goalId: input.goalId,
        changes: input.changes,
        lang: state.lang,
        today: ctx.host.today(),
      },
      { signal: ctx.signal, onProgress: ctx.progress },
    );
    if (saved.saved) return { notice: t("whatIfSaved", state.lang, { sheet: saved.sheet, cells: saved.cells }) };
    if (saved.reason === "no-goal") return { error: { message: t("goalNoData", state.lang) } };
    return { error: { message: t("whatIfNoName", state.lang, { count: saved.tried }) } };
  },
};

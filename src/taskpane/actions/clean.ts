import { t } from "../strings";
import type { Action } from "./types";

/** Remove exactly what Kontrakttjek wrote, and say what was left and why. */
export const actionClean: Action<"clean"> = {
  name: "clean",
  label: "cleanGo",
  busy: "busyClean",
  predicate: () => true,
  async perform(state, _input, ctx) {
    const { report, kept } = await ctx.services.clean(ctx.host.port, state.lang, {
      signal: ctx.signal,
      onProgress: ctx.progress,
    });
    return {
      preview: null,
      data: null,
      notice: [
        t("cleanDone", state.lang, {
          sheets: report.sheetsRemoved.length,
          columns: report.columnsRemoved,
          highlights: report.highlightsRemoved,
        }),
        ...kept,
      ].join(" "),
    };
  },
};

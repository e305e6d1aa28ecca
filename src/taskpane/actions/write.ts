import { settingsOf } from "../settings";
import { t } from "../strings";
import type { Action } from "./types";

/** Apply the previewed plan, and keep the pane's choices in the workbook. */
export const actionWrite: Action<"write"> = {
  name: "write",
  label: "writeGo",
  busy: "busyWrite",
  cancellable: true,
  predicate: (s) => s.preview !== null,
  async perform(state, input, ctx) {
    const force = Boolean(input && input.force);
    const { report, moved } = await ctx.services.apply(ctx.host.port, state.preview!, state.lang, {
      force,
      signal: ctx.signal,
      onProgress: ctx.progress,
    });
    await ctx.services.saveSettings(ctx.host.port, settingsOf(state));
    return {
      preview: null,
      // Our own Kontrol columns are now part of the tables: list them again before the next read.
      data: null,
      notice: [
        t("writeDone", state.lang, {
          sheets: report.sheetsWritten.join(", ") || "–",
          cells: report.cellsWritten,
          highlights: report.highlights,
        }),
        ...moved,
      ].join(" "),
    };
  },
};

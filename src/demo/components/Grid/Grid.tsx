/** A plain spreadsheet view of the demo workbook: sheet tabs, cells, highlights, the selected cell. */
import { useEffect, useRef } from "react";
import type { GridProps } from "./Grid.types";
import { renderGrid } from "./renderGrid";
import { useGrid } from "./useGrid";
import { useGridStyles } from "./useGridStyles.styles";

export function Grid(props: GridProps) {
  const state = useGrid(props);
  const classes = useGridStyles();
  const scroller = useRef<HTMLDivElement | null>(null);
  const selected = state.rows.flatMap((r) => r.cells).find((c) => c.selected)?.address ?? null;
  useEffect(() => {
    if (!selected) return;
    const el = scroller.current?.querySelector(`[data-cell="${selected}"]`);
    if (el && "scrollIntoView" in el) el.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, state.active]);
  return renderGrid(state, classes, scroller);
}

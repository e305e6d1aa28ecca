import { mergeClasses, Text } from "@fluentui/react-components";
import type { RefObject } from "react";
import { RovingTab, Tabs } from "../../../taskpane/components/Tabs/Tabs";
import { t } from "../../../taskpane/strings";
import type { GridState } from "./Grid.types";
import type { useGridStyles } from "./useGridStyles.styles";

export function renderGrid(
  s: GridState,
  classes: ReturnType<typeof useGridStyles>,
  scroller?: RefObject<HTMLDivElement | null>,
) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={t("demoGrid", lang, { sheet: s.active })}>
      <Tabs
        className={classes.tabs}
        size="small"
        selectedValue={s.active}
        onTabSelect={(_, d) => s.onSheet(String(d.value))}
        aria-label={t("demoSheets", lang)}
      >
        {s.sheets.map((sh) => (
          <RovingTab
            key={sh.name}
            value={sh.name}
            selected={sh.name === s.active}
            title={sh.owned ? t("demoOwned", lang) : undefined}
          >
            {sh.owned ? `${sh.name} ✓` : sh.name}
          </RovingTab>
        ))}
      </Tabs>
      <div className={classes.scroller} ref={scroller}>
        <table
          className={classes.table}
          role="grid"
          tabIndex={0}
          aria-label={t("demoGrid", lang, { sheet: s.active })}
          data-sheet={s.active}
          onKeyDown={(e) => {
            if (s.editing || e.target !== e.currentTarget) return;
            if (s.onKey(e.key)) e.preventDefault();
          }}
        >
          <thead>
            <tr>
              <td className={classes.corner} />
              {s.letters.map((l) => (
                <th key={l} className={classes.colHead} scope="col">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r) => (
              <tr key={r.row}>
                <th className={classes.rowHead} scope="row">
                  {r.row}
                </th>
                {r.cells.map((c, j) => (
                  <td
                    key={c.address}
                    role="gridcell"
                    data-cell={c.address}
                    aria-selected={c.selected}
                    title={c.text.length > 20 ? c.text : undefined}
                    className={mergeClasses(
                      classes.cell,
                      c.numeric && classes.numeric,
                      c.header && classes.header,
                      c.highlight === "error" && classes.error,
                      c.highlight === "warning" && classes.warning,
                      c.selected && classes.selected,
                    )}
                    onClick={() => s.onSelect(r.row, j)}
                    onDoubleClick={() => s.onEdit(r.row, j)}
                  >
                    {s.editing && s.editing.row === r.row && s.editing.column === j ? (
                      <input
                        className={classes.editor}
                        aria-label={c.address}
                        autoFocus
                        value={s.editing.text}
                        onChange={(e) => s.onEditText(e.target.value)}
                        onBlur={s.onCancel}
                        onKeyDown={(e) => {
                          if (e.key === "Enter") s.onCommit();
                          else if (e.key === "Escape") s.onCancel();
                        }}
                      />
                    ) : (
                      c.text
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {s.note && <Text className={classes.note}>{s.note}</Text>}
    </section>
  );
}

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Switch,
  Text,
} from "@fluentui/react-components";
import { t } from "../../strings";
import type { CheckPanelState } from "./CheckPanel.types";
import type { useCheckPanelStyles } from "./useCheckPanelStyles.styles";

const SEVERITY = {
  error: ["danger", "severityError"],
  warning: ["warning", "severityWarning"],
  info: ["informative", "severityInfo"],
} as const;

export function renderCheckPanel(s: CheckPanelState, classes: ReturnType<typeof useCheckPanelStyles>) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={t("tabCheck", lang)}>
      <Button appearance="primary" disabled={!s.canCheck} onClick={s.onCheck}>
        {t("checkRun", lang)}
      </Button>
      <Switch checked={s.autoCheck} label={t("checkAuto", lang)} onChange={(_, d) => s.onAutoCheck(d.checked)} />
      {!s.hasRun && <Text className={classes.hint}>{t("checkNotRun", lang)}</Text>}
      {s.summary && (
        <Text className={classes.summary} role="status">
          {s.summary}
        </Text>
      )}
      {s.groups.length > 0 && (
        <Accordion multiple collapsible aria-label={t("findingsLabel", lang)}>
          {s.groups.map((g) => {
            const [color, label] = SEVERITY[g.severity];
            return (
              <AccordionItem key={g.rule} value={g.rule}>
                <AccordionHeader>
                  <span className={classes.header}>
                    <span className={classes.title}>{g.title}</span>
                    <Badge
                      appearance="tint"
                      color={color}
                      aria-label={`${t(label, lang)}: ${t("checkGroupCount", lang, { count: g.count })}`}
                    >
                      {g.count}
                    </Badge>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={classes.list}>
                    {g.items.map((f) => (
                      <li key={f.key}>
                        <Button
                          appearance="subtle"
                          size="small"
                          className={classes.finding}
                          disabled={f.cell === null}
                          title={
                            f.cell
                              ? t("checkGoTo", lang, { sheet: f.cell.split("!")[0]!, cell: f.cell.split("!")[1]! })
                              : undefined
                          }
                          onClick={() => s.onSelect(f.finding)}
                        >
                          <span className={classes.findingBody}>
                            {f.cell && <span className={classes.cell}>{f.cell}</span>}
                            <span>{f.text}</span>
                          </span>
                        </Button>
                      </li>
                    ))}
                  </ul>
                  {g.more > 0 && <Text className={classes.more}>{t("checkMore", lang, { count: g.more })}</Text>}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
    </section>
  );
}

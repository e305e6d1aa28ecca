import { Badge, Button, Card, ProgressBar, Subtitle2, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { t } from "../../strings";
import { STATUS_COLOR } from "../format";
import type { GoalView, GoalsPanelState } from "./GoalsPanel.types";
import type { useGoalsPanelStyles } from "./useGoalsPanelStyles.styles";

type Classes = ReturnType<typeof useGoalsPanelStyles>;

const barColor = (g: { status: GoalView["status"] }): "success" | "warning" | "error" | "brand" =>
  g.status === "opfyldt"
    ? "success"
    : g.status === "delvist"
      ? "warning"
      : g.status === "ikke opfyldt"
        ? "error"
        : "brand";

function renderGoal(s: GoalsPanelState, g: GoalView, classes: Classes, whatIf: ReactNode) {
  const { lang } = s;
  const name = t("goalCard", lang, { id: g.id, title: g.title });
  return (
    <li key={g.id}>
      <Card className={classes.card} role="article" aria-label={name}>
        <div className={classes.top}>
          <Subtitle2 as="h3" className={classes.title}>
            {name}
          </Subtitle2>
          <Badge appearance="filled" color={STATUS_COLOR[g.status]} className={classes.badge}>
            {g.statusText}
          </Badge>
        </div>
        <ProgressBar
          thickness="large"
          color={barColor(g)}
          value={g.pct === null ? 0 : g.pct / 100}
          aria-label={`${t("goalFulfilment", lang)} ${name}`}
          aria-valuetext={g.pctText}
        />
        <Text className={classes.pct}>{g.fulfilmentText}</Text>
        {g.pace && <Text className={g.pace.onTrack ? classes.onTrack : classes.behind}>{g.pace.text}</Text>}
        {g.indicators.map((i) => (
          <div key={i.id} className={classes.indicator}>
            <Text weight="semibold">
              {i.label} · {i.pctText}
            </Text>
            <Text className={classes.small}>{i.figures}</Text>
            {i.pace && <Text className={i.pace.onTrack ? classes.onTrack : classes.behind}>{i.pace.text}</Text>}
            {i.needed.map((n) => (
              <Text key={n} className={classes.small}>
                {n}
              </Text>
            ))}
            {i.notes.length > 0 && (
              <ul className={classes.notes} aria-label={t("notesLabel", lang)}>
                {i.notes.map((n, k) => (
                  <li key={k}>
                    <Text size={200}>{n}</Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
        {g.notes.length > 0 && (
          <ul className={classes.notes} aria-label={t("notesLabel", lang)}>
            {g.notes.map((n, k) => (
              <li key={k}>
                <Text size={200}>{n}</Text>
              </li>
            ))}
          </ul>
        )}
        {s.whatIfGoal === g.id ? (
          whatIf
        ) : (
          <Button
            appearance="secondary"
            size="small"
            onClick={() => s.onWhatIf(g.id)}
            aria-label={`${t("whatIfOpen", lang)} ${name}`}
          >
            {t("whatIfOpen", lang)}
          </Button>
        )}
      </Card>
    </li>
  );
}

/** `whatIf` is the what-if panel of the open goal (rendered by the caller, which owns its hook). */
export function renderGoalsPanel(s: GoalsPanelState, classes: Classes, whatIf: ReactNode = null) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={t("tabGoals", lang)}>
      <Button appearance="primary" disabled={!s.canEvaluate} onClick={s.onEvaluate}>
        {t("goalsRun", lang)}
      </Button>
      {!s.goals && <Text className={classes.hint}>{t("goalsNone", lang)}</Text>}
      {s.heading && <Subtitle2 as="h2">{s.heading}</Subtitle2>}
      {s.goals && <ul className={classes.list}>{s.goals.map((g) => renderGoal(s, g, classes, whatIf))}</ul>}
    </section>
  );
}

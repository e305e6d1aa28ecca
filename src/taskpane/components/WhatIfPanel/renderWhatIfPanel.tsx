import { Badge, Button, Field, Input, Slider, Subtitle2, Text } from "@fluentui/react-components";
import { t } from "../../strings";
import { STATUS_COLOR } from "../format";
import type { WhatIfPanelState } from "./WhatIfPanel.types";
import type { useWhatIfPanelStyles } from "./useWhatIfPanelStyles.styles";

const parse = (text: string): number | null => {
  const n = Number(text.replace(",", "."));
  return text.trim() === "" || !Number.isFinite(n) ? null : n;
};

export function renderWhatIfPanel(s: WhatIfPanelState, classes: ReturnType<typeof useWhatIfPanelStyles>) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={s.title}>
      <Subtitle2 as="h4">{s.title}</Subtitle2>
      <Text className={classes.hint}>{t("whatIfHint", lang)}</Text>
      {s.inputs.map((i) => (
        <div key={i.id} className={classes.indicator} role="group" aria-label={i.label}>
          <div className={classes.pair}>
            <Field label={t("whatIfRealised", lang, { label: i.label })} size="small">
              <Input
                size="small"
                type="number"
                inputMode="decimal"
                value={i.value === null ? "" : String(i.value)}
                onChange={(_, d) => s.onValue(i.id, parse(d.value))}
              />
            </Field>
            <Field label={t("whatIfTarget", lang, { label: i.label })} size="small">
              <Input
                size="small"
                type="number"
                inputMode="decimal"
                value={i.target === null ? "" : String(i.target)}
                onChange={(_, d) => s.onTarget(i.id, parse(d.value))}
              />
            </Field>
          </div>
          {i.target !== null && (
            <Slider
              size="small"
              min={0}
              max={i.targetMax}
              step={i.step}
              value={Math.min(i.targetMax, Math.max(0, i.target))}
              aria-label={t("whatIfTarget", lang, { label: i.label })}
              onChange={(_, d) => s.onTarget(i.id, d.value)}
            />
          )}
          <Text className={classes.small}>
            {i.label}: {i.pctText}
          </Text>
          {i.needed.map((n) => (
            <Text key={n} className={classes.small}>
              {n}
            </Text>
          ))}
        </div>
      ))}
      <div role="status" aria-live="polite">
        <Text className={classes.result}>{s.resultText}</Text>{" "}
        <Badge appearance="tint" color={STATUS_COLOR[s.goalStatus]}>
          {s.goalStatusText}
        </Badge>
      </div>
      <div className={classes.buttons}>
        <Button size="small" disabled={!s.changed} onClick={s.onReset}>
          {t("whatIfReset", lang)}
        </Button>
        <Button size="small" onClick={s.onClose}>
          {t("whatIfClose", lang)}
        </Button>
      </div>
    </section>
  );
}

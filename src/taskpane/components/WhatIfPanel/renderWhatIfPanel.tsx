import { Badge, Button, Field, Input, Slider, Subtitle2, Text } from "@fluentui/react-components";
import { t } from "../../strings";
import { STATUS_COLOR } from "../format";
import type { WhatIfPanelState } from "./WhatIfPanel.types";
import type { useWhatIfPanelStyles } from "./useWhatIfPanelStyles.styles";

export function renderWhatIfPanel(s: WhatIfPanelState, classes: ReturnType<typeof useWhatIfPanelStyles>) {
  const { lang } = s;
  return (
    <section className={classes.root} aria-label={s.title}>
      <Subtitle2 as="h4">{s.title}</Subtitle2>
      <Text className={classes.hint}>{t("whatIfHint", lang)}</Text>
      {s.inputs.map((i) => (
        <div key={i.id} className={classes.indicator} role="group" aria-label={i.label}>
          <div className={classes.pair}>
            <Field
              label={t("whatIfRealised", lang, { label: i.label })}
              size="small"
              className={classes.field}
              {...(i.valueError ? { validationState: "error" as const, validationMessage: i.valueError } : {})}
            >
              <Input
                size="small"
                className={classes.input}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={i.valueText}
                onChange={(_, d) => s.onValueText(i.id, d.value)}
              />
            </Field>
            <Field
              label={t("whatIfTarget", lang, { label: i.label })}
              size="small"
              className={classes.field}
              {...(i.targetError ? { validationState: "error" as const, validationMessage: i.targetError } : {})}
            >
              <Input
                size="small"
                className={classes.input}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                value={i.targetText}
                onChange={(_, d) => s.onTargetText(i.id, d.value)}
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
        <Button size="small" disabled={!s.canSave || s.saving !== null} onClick={s.onSave}>
          {t("whatIfSave", lang)}
        </Button>
        <Button size="small" onClick={s.onClose}>
          {t("whatIfClose", lang)}
        </Button>
      </div>
      {s.saving && (
        <div role="group" aria-label={t("whatIfSave", lang)} className={classes.indicator}>
          <Text className={classes.small}>{s.saving.preview}</Text>
          <div className={classes.buttons}>
            <Button size="small" appearance="primary" onClick={s.onSaveGo}>
              {t("whatIfSaveGo", lang)}
            </Button>
            <Button size="small" onClick={s.onSaveCancel}>
              {t("cancel", lang)}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

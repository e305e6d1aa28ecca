/**
 * The goal table of a `Kontrakt` sheet: a row per goal, indicator, variant and checklist item.
 * Pass 1 reads goals and indicators; pass 2 their measures (a checklist needs its item rows)
 * and variants. The measure columns themselves are read by the measure's kind (`measure.ts`).
 */
import type { Comparator, Rule, TargetValue } from "../../contract/parts";
import type { MeasureBase } from "../../contract/shape";
import { parseKindCell } from "../../measures/_lib/kind-cell";
import type { StateBase } from "../../measures/_lib/kind";
import { MEASURE_COLUMNS, type KindCell, type ListedItem } from "../../measures/_lib/sheet";
import type { MeasureRegistry } from "../../measures/registry";
import { COMPARATORS, GROUPS, PACES, parseRule, parseTarget, parseWhen, UNITS } from "../grammar";
import { GOAL_COLUMNS, type GoalColumn } from "../layout";
import { settingIds, type Path } from "../lint";
import { danish, header, inLanguages, type Row, type SheetCells } from "./cells";
import type { ContractDraft, GoalDraft, IndicatorDraft, VariantDraft } from "./draft";
import { readMeasure, type KeyFigureName, type MeasureRow } from "./measure";

export type GoalRow = Row<GoalColumn>;
/** What `Indikator` says, for kinds of measures `M`. */
type Kind<M extends MeasureBase> = KindCell & { readonly kind: M["kind"] };

export class GoalTable<M extends MeasureBase, S extends StateBase> {
  /** A comparator given without a target (a checklist's target is filled in later). */
  private readonly pendingOps = new Map<object, Comparator>();

  constructor(
    private readonly sc: SheetCells,
    private readonly measures: MeasureRegistry<M, S>,
    /** The header text of each goal-table column as the user wrote it. */
    private readonly headers: Partial<Record<GoalColumn, string>>,
  ) {}

  read(rows: GoalRow[], input: ContractDraft): GoalDraft[] {
    const goals: GoalDraft[] = [];
    const goalIndex = new Map<string, number>();
    const indicatorIndex = new Map<string, { gi: number; ii: number; row: GoalRow; kind: Kind<M> | null }>();
    const items = new Map<string, GoalRow[]>();
    const variants = new Map<string, GoalRow[]>();
    const settings = settingIds({ params: input.params ?? [], options: input.options ?? [] });
    const keyFigures = input.keyFigures ?? [];
    const measures = this.measures;
    let currentGoal: string | null = null;

    const text = (r: GoalRow, key: GoalColumn) => r.cells[key]?.text ?? null;
    const col = (key: GoalColumn) => this.headers[key] ?? header(GOAL_COLUMNS, key);
    const indKey = (g: string, i: string) => `${g}\u0001${i}`;

    // Pass 1: goal rows, indicator rows; items and variants kept for their indicator.
    for (const r of rows) {
      let goalId = text(r, "goal");
      const indId = text(r, "indicator");
      if (goalId === null) {
        if (indId === null || currentGoal === null) {
          this.sc.report("kontrakt-required", r.index, col("goal"), null, { what: "goal-id" });
          continue;
        }
        goalId = currentGoal;
      }
      currentGoal = goalId;
      if (indId === null) {
        const gi = goals.length;
        const seen = goalIndex.get(goalId);
        if (seen !== undefined) {
          this.duplicate(r, "goal", goalId, ["goals", seen, "id"]);
          continue;
        }
        goalIndex.set(goalId, gi);
        goals.push(this.goal(r, goalId, gi, danish(input.title)));
        if (text(r, "kind") !== null) {
          // One row for a goal with a single indicator: the indicator takes the goal's id and title.
          const ii = 0;
          const kind = this.kindOf(r);
          indicatorIndex.set(indKey(goalId, goalId), { gi, ii, row: r, kind });
          (goals[gi] as GoalDraft).indicators.push(this.indicator(r, goalId, ["goals", gi, "indicators", ii], true));
        }
        continue;
      }
      const item = text(r, "item");
      const variant = text(r, "variant");
      if (item !== null && variant !== null) {
        this.sc.report("kontrakt-row-ambiguous", r.index, col("variant"), variant);
        continue;
      }
      const key = indKey(goalId, indId);
      if (item !== null || variant !== null) {
        const bucket = item !== null ? items : variants;
        bucket.set(key, [...(bucket.get(key) ?? []), r]);
        continue;
      }
      const gi = goalIndex.get(goalId);
      if (gi === undefined) {
        this.sc.report("kontrakt-goal-missing", r.index, col("goal"), goalId, { goal: goalId });
        continue;
      }
      const goal = goals[gi] as GoalDraft;
      const ii = goal.indicators.length;
      const seen = indicatorIndex.get(key);
      if (seen) {
        this.duplicate(r, "indicator", indId, ["goals", seen.gi, "indicators", seen.ii, "id"]);
        continue;
      }
      const kind = this.kindOf(r);
      indicatorIndex.set(key, { gi, ii, row: r, kind });
      goal.indicators.push(this.indicator(r, indId, ["goals", gi, "indicators", ii], false));
    }

    // Pass 2: measures (checklists need their items), variants.
    for (const [key, where] of indicatorIndex) {
      const [goalId, indId] = key.split("\u0001") as [string, string];
      const goal = goals[where.gi] as GoalDraft;
      const ind = goal.indicators[where.ii] as IndicatorDraft;
      const kind = where.kind ? measures.kindOf(where.kind) : null;
      const path: Path = ["goals", where.gi, "indicators", where.ii];
      const itemRows = items.get(key) ?? [];
      items.delete(key);
      const itemList = itemRows.map((r, k) => {
        this.atCell([...path, "measure", "items", k], r, "title");
        this.atCell([...path, "measure", "items", k, "id"], r, "item");
        this.atCell([...path, "measure", "items", k, "text"], r, "title");
        return { id: text(r, "item") ?? "", text: text(r, "title") ?? "" };
      });
      // Item rows belong to a kind that lists items (a checklist), in the indicator or a variant.
      const listsItems = (k: Kind<M> | null): boolean => k !== null && measures.kindOf(k).items !== undefined;
      const usesItems =
        listsItems(where.kind) ||
        (variants.get(key) ?? []).some((v) => text(v, "kind") !== null && listsItems(this.kindOf(v, false)));
      if (itemList.length > 0 && !usesItems)
        for (const r of itemRows)
          this.sc.report("kontrakt-not-used", r.index, col("item"), text(r, "item"), {
            column: col("item"),
            what: kind ? kind.sheet.words[0] : "",
          });
      if (listsItems(where.kind) && itemList.length === 0)
        this.sc.report("kontrakt-items-missing", where.row.index, col("kind"), text(where.row, "kind"), {
          goal: goalId,
          indicator: indId,
        });

      const measure = where.kind
        ? readMeasure(this.row(where.row), where.kind, [...path, "measure"], itemList, keyFigures)
        : null;
      if (measure) ind.measure = measure;
      // A list's target defaults to its number of items.
      if (ind.target === undefined && measure && measures.find(measure.kind)?.items)
        ind.target = { op: this.pendingOps.get(ind) ?? ">=", value: itemList.length };
      if (ind.rule === undefined && kind) ind.rule = kind.defaults.rule;
      if (ind.unit === undefined && kind) ind.unit = kind.defaults.unit;
      if (ind.target === undefined && where.kind && !where.row.cells.target)
        this.sc.report("kontrakt-target-missing", where.row.index, col("target"), null, {
          goal: goalId,
          indicator: indId,
        });
      if (ind.when && !settings.includes(ind.when.option))
        this.sc.report("kontrakt-option-unknown", where.row.index, col("when"), text(where.row, "when"), {
          value: ind.when.option,
          allowed: settings.join(", "),
        });

      const vs: VariantDraft[] = [];
      for (const r of variants.get(key) ?? []) {
        const vp: Path = [...path, "variants", vs.length];
        const v = this.variant(r, vp, itemList, keyFigures, settings);
        if (v) vs.push(v);
      }
      variants.delete(key);
      if (vs.length > 0) ind.variants = vs;
    }

    for (const [key, rs] of [...items, ...variants]) {
      const [goalId, indId] = key.split("\u0001") as [string, string];
      for (const r of rs)
        this.sc.report("kontrakt-indicator-missing", r.index, col("indicator"), indId, {
          goal: goalId,
          indicator: indId,
        });
    }
    for (const [gi, g] of goals.entries())
      if (g.indicators.length === 0) {
        const loc = this.sc.locate(["goals", gi]);
        this.sc.report("kontrakt-goal-empty", loc?.row ?? null, col("indicator"), null, { goal: g.id });
      }
    if (goals.length === 0 && rows.length === 0) this.sc.report("kontrakt-no-goals", null, null, null);
    return goals;
  }

  private duplicate(r: GoalRow, what: "goal" | "indicator", value: string, first: Path): void {
    const key: GoalColumn = what === "goal" ? "goal" : "indicator";
    this.sc.report("kontrakt-duplicate-id", r.index, this.col(key), value, {
      what,
      value,
      first: this.sc.address(first),
    });
  }

  private goal(r: GoalRow, id: string, gi: number, contractTitle: string): GoalDraft {
    const t = (k: GoalColumn) => r.cells[k]?.text ?? null;
    const p: Path = ["goals", gi];
    this.sc.at(p, r.index);
    this.atCell([...p, "id"], r, "goal");
    this.atCell([...p, "title"], r, "title");
    this.atCell([...p, "title", "en"], r, "titleEn");
    this.atCell([...p, "group"], r, "group");
    this.atCell([...p, "targetText"], r, "targetText");
    this.atCell([...p, "method"], r, "method");
    this.atCell([...p, "source"], r, "source");
    this.atCell([...p, "source", "section"], r, "section");
    this.atCell([...p, "source", "file"], r, "file");
    this.atCell([...p, "notes"], r, "notes");
    const title = t("title");
    if (title === null) this.sc.report("kontrakt-required", r.index, this.col("title"), null, { what: "title" });
    const groupCell = r.cells.group;
    const group = groupCell
      ? this.sc.choice(groupCell, r.index, this.col("group"), GROUPS, "national, fælles, lokal, regional")
      : null;
    if (t("kind") === null)
      for (const k of [
        ...MEASURE_COLUMNS,
        "target",
        "op",
        "rule",
        "weight",
        "unit",
        "pace",
        "when",
        "whatIfOf",
        "whatIfOfEn",
      ] as const)
        if (r.cells[k])
          this.sc.report("kontrakt-not-used", r.index, this.col(k), t(k), { column: this.col(k), what: "goal-row" });
    if (t("variant") !== null || t("item") !== null)
      this.sc.report("kontrakt-indicator-missing", r.index, this.col("indicator"), null, { goal: id, indicator: "" });
    const file = t("file");
    return {
      id,
      title: inLanguages(title ?? "", t("titleEn")),
      group: group ?? "lokal",
      targetText: t("targetText") ?? "",
      method: t("method") ?? "",
      source: {
        document: t("source") ?? contractTitle ?? this.sc.sheet,
        section: t("section") ?? `Mål ${id}`,
        ...(file ? { file } : {}),
      },
      indicators: [],
      notes: this.sc.notes(t("notes"), t("notesEn"), r.index, this.col("notesEn")),
    };
  }

  private col(key: GoalColumn): string {
    return this.headers[key] ?? header(GOAL_COLUMNS, key);
  }

  private kindOf(r: GoalRow, report = true): Kind<M> | null {
    const c = r.cells.kind;
    if (!c?.text) {
      if (report) this.sc.report("kontrakt-required", r.index, this.col("kind"), null, { what: "kind" });
      return null;
    }
    const k = parseKindCell(this.measures.list, c.text);
    if (k.ok) return k.value;
    if (report)
      this.sc.report("kontrakt-kind", r.index, this.col("kind"), c.text, {
        reason: k.reason,
        allowed: this.measures.list.map((x) => x.sheet.words[0]).join(", "),
      });
    return null;
  }

  /** The indicator's own cells; the measure comes in pass 2. `targetOp` is carried until then. */
  private indicator(r: GoalRow, id: string, p: Path, combined: boolean): IndicatorDraft {
    const t = (k: GoalColumn) => r.cells[k]?.text ?? null;
    this.sc.at(p, r.index);
    this.atCell([...p, "id"], r, combined ? "goal" : "indicator");
    this.atCell([...p, "label"], r, "title");
    this.atCell([...p, "label", "en"], r, "titleEn");
    this.atCell([...p, "measure"], r, "kind");
    this.atCell([...p, "target"], r, "target");
    this.atCell([...p, "target", "op"], r, "op");
    this.atCell([...p, "rule"], r, "rule");
    this.atCell([...p, "weight"], r, "weight");
    this.atCell([...p, "unit"], r, "unit");
    this.atCell([...p, "pace"], r, "pace");
    this.atCell([...p, "when"], r, "when");
    this.atCell([...p, "whatIfOf"], r, "whatIfOf");
    this.atCell([...p, "whatIfOf", "en"], r, "whatIfOfEn");
    if (!combined) this.atCell([...p, "notes"], r, "notes");

    const label = t("title");
    if (label === null) this.sc.report("kontrakt-required", r.index, this.col("title"), null, { what: "title" });
    const out: IndicatorDraft = {
      id,
      label: inLanguages(label ?? "", combined ? null : t("titleEn")),
      measure: undefined,
      target: undefined,
      rule: undefined,
      unit: undefined,
      notes: combined ? [] : this.sc.notes(t("notes"), t("notesEn"), r.index, this.col("notesEn")),
    };
    const op = r.cells.op ? this.sc.choice(r.cells.op, r.index, this.col("op"), COMPARATORS, "≥, >, ≤") : null;
    const target = this.target(r);
    if (target !== null) out.target = { op: op ?? ">=", value: target };
    else if (op !== null) this.pendingOps.set(out, op);
    const rule = this.rule(r);
    if (rule) out.rule = rule;
    const w = r.cells.weight;
    if (w) {
      const n = this.sc.number(w, r.index, this.col("weight"));
      if (n !== null) out.weight = n;
    }
    if (r.cells.unit) {
      const u = this.sc.choice(r.cells.unit, r.index, this.col("unit"), UNITS, UNITS.map((x) => x[0]).join(", "));
      if (u !== null) out.unit = u;
    }
    if (r.cells.pace) {
      const pace = this.sc.choice(r.cells.pace, r.index, this.col("pace"), PACES, "pro rata, niveau");
      if (pace !== null) out.pace = pace;
    }
    if (t("when")) {
      const w2 = parseWhen(t("when") as string);
      if (w2.ok) out.when = { ...w2.value };
      else this.sc.report("kontrakt-when", r.index, this.col("when"), t("when"), { reason: w2.reason });
    }
    if (t("whatIfOf")) out.whatIfOf = inLanguages(t("whatIfOf") as string, t("whatIfOfEn"));
    return out;
  }

  private target(r: GoalRow): TargetValue | null {
    const c = r.cells.target;
    if (!c) return null;
    if (typeof c.raw === "number") return c.raw;
    const parsed = parseTarget(c.text ?? "");
    if (parsed.ok) return parsed.value;
    this.sc.report("kontrakt-target", r.index, this.col("target"), c.text, { reason: parsed.reason });
    return null;
  }

  private rule(r: GoalRow): Rule | null {
    const c = r.cells.rule;
    if (!c?.text) return null;
    const parsed = parseRule(c.text);
    if (parsed.ok) return parsed.value;
    this.sc.report("kontrakt-rule", r.index, this.col("rule"), c.text, { reason: parsed.reason });
    return null;
  }

  private variant(
    r: GoalRow,
    vp: Path,
    items: ListedItem[],
    keyFigures: readonly KeyFigureName[],
    settings: readonly string[],
  ): VariantDraft | null {
    const t = (k: GoalColumn) => r.cells[k]?.text ?? null;
    this.sc.at(vp, r.index);
    this.atCell([...vp, "when"], r, "variant");
    this.atCell([...vp, "measure"], r, "kind");
    this.atCell([...vp, "target"], r, "target");
    this.atCell([...vp, "target", "op"], r, "op");
    this.atCell([...vp, "rule"], r, "rule");
    const when = parseWhen(t("variant") as string);
    if (!when.ok) {
      this.sc.report("kontrakt-when", r.index, this.col("variant"), t("variant"), { reason: when.reason });
      return null;
    }
    if (!settings.includes(when.value.option)) {
      this.sc.report("kontrakt-option-unknown", r.index, this.col("variant"), t("variant"), {
        value: when.value.option,
        allowed: settings.join(", "),
      });
      return null;
    }
    for (const k of [
      "title",
      "weight",
      "unit",
      "pace",
      "when",
      "whatIfOf",
      "notes",
      "titleEn",
      "notesEn",
      "whatIfOfEn",
      "group",
      "targetText",
      "method",
      "source",
      "section",
      "file",
    ] as const)
      if (r.cells[k])
        this.sc.report("kontrakt-not-used", r.index, this.col(k), t(k), { column: this.col(k), what: "variant-row" });
    const out: VariantDraft = { when: when.value };
    if (t("kind") !== null) {
      const kind = this.kindOf(r);
      const m = kind ? readMeasure(this.row(r), kind, [...vp, "measure"], items, keyFigures) : null;
      if (m) out.measure = m;
    } else
      for (const k of MEASURE_COLUMNS)
        if (r.cells[k])
          this.sc.report("kontrakt-not-used", r.index, this.col(k), t(k), { column: this.col(k), what: "variant-row" });
    const op = r.cells.op ? this.sc.choice(r.cells.op, r.index, this.col("op"), COMPARATORS, "≥, >, ≤") : null;
    const target = this.target(r);
    if (target !== null) out.target = { op: op ?? ">=", value: target };
    const rule = this.rule(r);
    if (rule) out.rule = rule;
    return out;
  }

  /** A row's measure cells, for its kind to read. */
  private row(r: GoalRow): MeasureRow<M, S> {
    return {
      cells: this.sc,
      measures: this.measures,
      row: r,
      col: (key) => this.col(key),
      atCell: (path, key) => this.atCell(path, r, key),
    };
  }

  private atCell(path: Path, r: GoalRow, key: GoalColumn): void {
    const cell = r.cells[key];
    this.sc.at(path, r.index, this.headers[key] ?? header(GOAL_COLUMNS, key), cell?.col ?? null);
  }
}

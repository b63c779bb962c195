/**
 * The benchmark's reports: the Markdown table and the SVG bar chart, made
 * from the results alone (no remote dependency, no font or script).
 *
 * @module
 */

import type { CaseResult } from "./_types.ts";

/** Where and how the results were measured. */
export interface RunMeta {
  /** ISO date of the run. */
  date: string;
  quick: boolean;
  /** Commit of the checkout, with `+dirty` when it had local changes. */
  commit: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    os: string;
    kernel: string;
  };
  deno: string;
  /** Load average (1 min) before and after the run: these machines are shared. */
  load: { before: number; after: number };
  seed: number;
  durationS: number;
  /** The runtime copy measured, when not this checkout's (`--runtime`). */
  runtime?: string;
}

/** The whole results file. */
export interface Results {
  meta: RunMeta;
  cases: CaseResult[];
}

function formatValue(result: CaseResult): string {
  if (result.value === null) return "—";
  const value = result.unit === "req/s"
    ? Math.round(result.value).toLocaleString("en-US")
    : String(result.value);
  return `${value} ${result.unit}`;
}

function spread(result: CaseResult): string {
  const s = result.summary;
  if (!s || s.n < 2) return "";
  const digits = result.unit === "s" ? 2 : 0;
  return ` <sub>n=${s.n}, p10–p90 ${s.p10.toFixed(digits)}–${
    s.p90.toFixed(digits)
  }</sub>`;
}

/**
 * A one-line description of the machine.
 *
 * @example
 * ```ts ignore
 * import { machineLine } from "./_report.ts";
 * console.log(machineLine(results.meta));
 * ```
 */
export function machineLine(meta: RunMeta): string {
  const m = meta.machine;
  return `${m.cpu}, ${m.cores} vCPU, ${m.memoryGb} GB RAM, ${m.os} (Linux ${m.kernel}), Deno ${meta.deno}`;
}

/**
 * The results as a Markdown section: the machine, the table, and what each
 * case measures.
 *
 * @example
 * ```ts ignore
 * import { markdownReport } from "./_report.ts";
 * await Deno.writeTextFile("bench/results.md", markdownReport(results));
 * ```
 */
export function markdownReport(results: Results): string {
  const { meta, cases } = results;
  const lines = [
    `# Benchmark results${
      meta.quick ? " (quick run: few samples, indicative only)" : ""
    }`,
    "",
    `Measured by \`deno task bench\` on ${
      meta.date.slice(0, 10)
    } at commit \`${meta.commit}\`,`,
    `on ${
      machineLine(meta)
    }. The machine was shared: load average ${meta.load.before} before, ${meta.load.after} after.`,
    ...(meta.runtime
      ? [
        `Runtime measured: the copy in \`${meta.runtime}\`, not this checkout's.`,
      ]
      : []),
    `Variants were interleaved in a seeded random order (seed ${meta.seed}); figures are medians. The run took ${
      Math.round(meta.durationS)
    } s.`,
    "",
    "| case | measured | target | vs target | result | notes |",
    "|---|---|---|---|---|---|",
  ];
  for (const c of cases) {
    lines.push(
      `| ${c.name} | ${formatValue(c)}${spread(c)} | ${
        c.target?.text ?? (c.status === "REF" ? "reference" : "—")
      } | ${c.target?.shown ?? "—"} | ${
        c.status === "PASS"
          ? "**PASS**"
          : c.status === "MISS"
          ? "**MISS**"
          : c.status
      } | ${(c.note ?? "").replaceAll("|", "\\|")} |`,
    );
  }
  for (const c of cases) lines.push(...matrixTable(c));
  lines.push("", "What each case measures:", "");
  for (const c of cases) lines.push(`- **${c.name}**: ${c.what}.`);
  lines.push("", "![Benchmark chart](results.svg)", "");
  return lines.join("\n");
}

/** A table of figures by variant, kept in a case's details. */
export interface Matrix {
  title: string;
  /** Column headings (e.g. "per loop item", "per separate task"). */
  columns: string[];
  rows: { name: string; values: number[] }[];
  /** The row every other is divided by, in a "× name" column after each figure. */
  reference?: string;
  /** Unit of the values (default "ms"). */
  unit?: string;
}

/**
 * The matrix a case keeps in `details.matrix`, if any.
 *
 * @example
 * ```ts ignore
 * import { matrixOf } from "./_report.ts";
 * console.log(matrixOf(results.cases[0])?.title);
 * ```
 */
export function matrixOf(result: CaseResult): Matrix | undefined {
  const matrix = result.details?.matrix as Matrix | undefined;
  return matrix && Array.isArray(matrix.rows) ? matrix : undefined;
}

function matrixTable(result: CaseResult): string[] {
  const matrix = matrixOf(result);
  if (!matrix) return [];
  const unit = matrix.unit ?? "ms";
  const reference = matrix.rows.find((r) => r.name === matrix.reference);
  const headings = ["variant"];
  for (const column of matrix.columns) {
    headings.push(column);
    if (reference) headings.push(`× ${reference.name}`);
  }
  const lines = [
    "",
    `**${matrix.title}**`,
    "",
    `| ${headings.join(" | ")} |`,
    `|${headings.map((_, i) => (i ? "---:" : "---")).join("|")}|`,
  ];
  for (const row of matrix.rows) {
    const cells = [row.name];
    row.values.forEach((value, i) => {
      cells.push(Number.isFinite(value) ? `${value} ${unit}` : "—");
      if (reference) {
        const ratio = value / reference.values[i];
        cells.push(Number.isFinite(ratio) ? ratio.toFixed(2) : "—");
      }
    });
    lines.push(`| ${cells.join(" | ")} |`);
  }
  return lines;
}

/** One bar of the chart. */
interface Bar {
  label: string;
  value: number;
  kind: "turbo" | "reference" | "other";
  text: string;
}

/** One panel: bars on their own scale, with target lines. */
interface Panel {
  title: string;
  bars: Bar[];
  marks: { value: number; label: string }[];
}

const COLORS = {
  turbo: "#2563eb",
  reference: "#9ca3af",
  other: "#ea580c",
} as const;

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(
    ">",
    "&gt;",
  ).replaceAll('"', "&quot;");
}

function find(cases: CaseResult[], id: string): CaseResult | undefined {
  return cases.find((c) => c.id === id && c.value !== null);
}

function detail(result: CaseResult | undefined, ...path: string[]): number {
  let value: unknown = result?.details;
  for (const key of path) {
    value = (value as Record<string, unknown> | undefined)?.[key];
  }
  return typeof value === "number" ? value : NaN;
}

function panels(cases: CaseResult[]): Panel[] {
  const out: Panel[] = [];
  const floor = find(cases, "floor");
  const warm = find(cases, "warm_turbo");
  const plain = find(cases, "plain");
  const cold = find(cases, "cold_turbo");
  if (floor && warm && plain && cold) {
    const ms = (c: CaseResult) => `${c.value} ms`;
    out.push({
      title: "Per task: one module process as Ansible runs it (ms, median)",
      bars: [
        {
          label: "floor (bare Deno)",
          value: floor.value!,
          kind: "reference",
          text: ms(floor),
        },
        {
          label: "warm turbo",
          value: warm.value!,
          kind: "turbo",
          text: `${ms(warm)} (${warm.status})`,
        },
        {
          label: "plain (no turbo)",
          value: plain.value!,
          kind: "reference",
          text: ms(plain),
        },
        {
          label: "cold turbo (1st task)",
          value: cold.value!,
          kind: "turbo",
          text: `${ms(cold)} (${cold.status})`,
        },
      ],
      marks: [
        { value: 1.2 * floor.value!, label: "1.2 × floor" },
        { value: 1.5 * plain.value!, label: "1.5 × plain" },
      ],
    });
  }
  const slow = find(cases, "slow_init");
  if (slow) {
    const plainS = detail(slow, "plain_total_s", "median");
    const tasks = detail(slow, "tasks");
    out.push({
      title: `slow_init: ${tasks} sequential tasks, total (s)`,
      bars: [
        {
          label: "turbo",
          value: slow.value!,
          kind: "turbo",
          text: `${slow.value!.toFixed(2)} s (${slow.status})`,
        },
        {
          label: "plain",
          value: plainS,
          kind: "reference",
          text: `${plainS.toFixed(2)} s`,
        },
      ],
      marks: [{ value: plainS / 10, label: "plain / 10" }],
    });
  }
  const conc = find(cases, "concurrency");
  if (conc) {
    const plainMs = detail(conc, "plain_wall_ms", "median");
    const serial = detail(conc, "serial_daemon_ms");
    out.push({
      title: "50 tasks at once, 200 ms of I/O each: wall (ms)",
      bars: [
        {
          label: "turbo",
          value: conc.value!,
          kind: "turbo",
          text: `${conc.value} ms (${conc.status})`,
        },
        {
          label: "plain",
          value: plainMs,
          kind: "reference",
          text: `${Math.round(plainMs)} ms`,
        },
        {
          label: "serial daemon (computed)",
          value: serial,
          kind: "other",
          text: `${serial} ms`,
        },
      ],
      marks: [{ value: conc.target?.limit ?? 0.15 * serial, label: "target" }],
    });
  }
  for (const c of cases) {
    const matrix = matrixOf(c);
    if (!matrix) continue;
    const bars: Bar[] = [];
    for (const row of matrix.rows) {
      matrix.columns.forEach((column, i) => {
        const value = row.values[i];
        if (!Number.isFinite(value)) return;
        bars.push({
          label: `${row.name.replaceAll("`", "")}, ${
            column.replace(/^per /, "")
          }`,
          value,
          kind: /turbo|zero-spawn|TypeScript/.test(row.name) &&
              !/turbo_demo/.test(row.name)
            ? "turbo"
            : /debug|ping/.test(row.name)
            ? "reference"
            : "other",
          text: `${value} ${matrix.unit ?? "ms"}`,
        });
      });
    }
    out.push({ title: matrix.title.split(":")[0], bars, marks: [] });
  }
  return out;
}

/**
 * The results as an SVG bar chart: one panel per kind of time, each on its
 * own scale, with the targets as dashed lines, and the protocol and memory
 * figures underneath.
 *
 * @example
 * ```ts ignore
 * import { svgChart } from "./_report.ts";
 * await Deno.writeTextFile("bench/results.svg", svgChart(results));
 * ```
 */
export function svgChart(results: Results): string {
  const width = 960;
  const labelWidth = 330;
  const barArea = 470;
  const barHeight = 20;
  const gap = 8;
  const parts: string[] = [];
  let y = 36;
  parts.push(
    `<text x="16" y="24" font-size="16" font-weight="bold">ansible-turbo benchmark${
      results.meta.quick ? " (quick run)" : ""
    }</text>`,
  );
  for (const panel of panels(results.cases)) {
    y += 22;
    parts.push(
      `<text x="16" y="${y}" font-size="13" font-weight="bold">${
        escapeXml(panel.title)
      }</text>`,
    );
    y += 10;
    const values = [
      ...panel.bars.map((b) => b.value),
      ...panel.marks.map((m) => m.value),
    ]
      .filter(Number.isFinite);
    const max = Math.max(...values) * 1.08 || 1;
    const scale = (v: number) => labelWidth + (barArea * v) / max;
    const top = y;
    const shown = panel.bars.filter((bar) => Number.isFinite(bar.value));
    const bottom = top + shown.length * (barHeight + gap);
    // Target lines first, so that bars and figures are drawn over them.
    for (const mark of panel.marks) {
      if (!Number.isFinite(mark.value)) continue;
      const x = scale(mark.value).toFixed(1);
      parts.push(
        `<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${
          bottom - gap + 4
        }" stroke="#dc2626" stroke-width="1.5" stroke-dasharray="4 3"/>`,
        `<text x="${x}" y="${
          bottom + 8
        }" font-size="10" fill="#dc2626" text-anchor="middle">${
          escapeXml(mark.label)
        }</text>`,
      );
    }
    for (const bar of shown) {
      parts.push(
        `<text x="${labelWidth - 8}" y="${
          y + barHeight - 6
        }" font-size="12" text-anchor="end">${escapeXml(bar.label)}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${
          Math.max(1, scale(bar.value) - labelWidth).toFixed(1)
        }" height="${barHeight}" fill="${COLORS[bar.kind]}"/>`,
        `<text x="${(scale(bar.value) + 6).toFixed(1)}" y="${
          y + barHeight - 6
        }" font-size="12" stroke="#ffffff" stroke-width="3" paint-order="stroke">${
          escapeXml(bar.text)
        }</text>`,
      );
      y += barHeight + gap;
    }
    y += 14;
  }
  const protocol = find(results.cases, "protocol");
  const memory = find(results.cases, "memory");
  const footer: string[] = [];
  if (protocol) {
    footer.push(
      `protocol: ${
        Math.round(protocol.value!).toLocaleString("en-US")
      } req/s, 1 in flight (target ≥ 5,000: ${protocol.status})`,
    );
  }
  if (memory) {
    footer.push(
      `memory: ${
        memory.value! >= 0 ? "+" : ""
      }${memory.value} MB RSS from request 100 to ${
        detail(memory, "requests")
      } (target ≤ 20 MB: ${memory.status})`,
    );
  }
  for (const line of footer) {
    y += 20;
    parts.push(
      `<text x="16" y="${y}" font-size="12">${escapeXml(line)}</text>`,
    );
  }
  y += 22;
  parts.push(
    `<text x="16" y="${y}" font-size="10" fill="#6b7280">${
      escapeXml(
        `${machineLine(results.meta)}; ${
          results.meta.date.slice(0, 10)
        }, commit ${results.meta.commit}`,
      )
    }</text>`,
  );
  y += 8;
  const legend = [
    ["turbo", "ansible-turbo"],
    ["reference", "reference"],
    ["other", "others"],
  ] as const;
  let x = width - 16 - legend.length * 110;
  for (const [kind, label] of legend) {
    parts.push(
      `<rect x="${x}" y="12" width="12" height="12" fill="${COLORS[kind]}"/>`,
      `<text x="${x + 16}" y="22" font-size="11">${label}</text>`,
    );
    x += 110;
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

import type { PageContext } from "@/core/ui/page-context";

import type { LevelCounts } from "../dashboard-repo";
import { levelMessages as m } from "../messages";
import { type Level, levels } from "../schema";

/**
 * Colours for the levels, each dark enough for white text on it and for
 * 3:1 against the page (WCAG 1.4.11); white gaps part the segments.
 */
export const LEVEL_COLOURS: Record<Level, string> = {
  none: "#a4262c",
  beginner: "#8a5700",
  standard: "#1b6b35",
};

const WIDTH = 480;
const LEGEND_HEIGHT = 32;
const ROW_HEIGHT = 50;
const BAR_OFFSET = 8;
const BAR_HEIGHT = 22;
const MIN_LABELLED_WIDTH = 34;

export interface ChartRow extends LevelCounts {
  label: string;
}

function percent(locale: string, part: number, whole: number): string {
  return new Intl.NumberFormat(locale === "th" ? "th-TH" : "en-GB", {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(whole === 0 ? 0 : part / whole);
}

/**
 * A stacked bar per row (a ministry), each level's share of the row's
 * agencies, drawn on the server as SVG: no script, scales to any width.
 * It is one image with a title and a description for assistive
 * technology; the numbers themselves are in the table beside it.
 */
export function LevelChart({
  page,
  id,
  title,
  rows,
}: {
  page: PageContext;
  id: string;
  title: string;
  rows: ChartRow[];
}) {
  const { t, locale } = page;
  const height = LEGEND_HEIGHT + rows.length * ROW_HEIGHT;
  const format = (value: number) => value.toLocaleString(locale === "th" ? "th-TH" : "en-GB");
  return (
    <div class="level-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
        xmlns="http://www.w3.org/2000/svg"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{t(m.dashboard.chartDesc, { count: rows.length })}</desc>
        {levels.map((level, index) => (
          <g>
            <rect x={index * 160} y={4} width={16} height={16} fill={LEVEL_COLOURS[level]} />
            <text x={index * 160 + 22} y={17} font-size="13" fill="#0b0c0c">
              {t(m.levels[level])}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = LEGEND_HEIGHT + index * ROW_HEIGHT;
          let x = 0;
          return (
            <g>
              <text x={0} y={y + 4} font-size="13" fill="#0b0c0c" dominant-baseline="hanging">
                {t(m.dashboard.barLabel, { name: row.label, count: format(row.total) })}
              </text>
              {levels.map((level) => {
                const count = row[level];
                if (count === 0 || row.total === 0) return null;
                const width = (count / row.total) * WIDTH;
                const segment = (
                  <g>
                    <rect
                      x={x}
                      y={y + BAR_OFFSET + 12}
                      width={width}
                      height={BAR_HEIGHT}
                      fill={LEVEL_COLOURS[level]}
                      stroke="#ffffff"
                      stroke-width="1"
                    >
                      <title>
                        {t(m.dashboard.segment, {
                          level: t(m.levels[level]),
                          count: format(count),
                          percent: percent(locale, count, row.total),
                        })}
                      </title>
                    </rect>
                    {width >= MIN_LABELLED_WIDTH ? (
                      <text
                        x={x + width / 2}
                        y={y + BAR_OFFSET + 12 + BAR_HEIGHT / 2}
                        font-size="12"
                        fill="#ffffff"
                        text-anchor="middle"
                        dominant-baseline="central"
                      >
                        {format(count)}
                      </text>
                    ) : null}
                  </g>
                );
                x += width;
                return segment;
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

import { translate } from "@/core/i18n";

import type { ImportProgress } from "./import-agencies";
import { importMessages as m } from "./messages";

export interface ProgressStream {
  isTTY?: boolean | undefined;
  columns?: number | undefined;
  write(text: string): unknown;
}

const BAR_WIDTH = 30;
const REDRAW_MS = 100;

function label(progress: ImportProgress): string {
  const phase = m.phases[progress.phase];
  return `${translate("th", phase)} / ${translate("en", phase)}`;
}

/**
 * Shows an import's progress: a bar redrawn in place on a terminal, plain
 * lines (each phase, then every tenth of the writing) when the output is a
 * file or a pipe, so logs stay readable. Call `done` before printing anything else.
 */
export function progressBar(stream: ProgressStream, now: () => number = Date.now) {
  let lastDraw = 0;
  let lastPhase: string | null = null;
  let lastTenth = -1;
  let isDrawn = false;

  const report = (progress: ImportProgress) => {
    const fraction = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 1;
    if (!stream.isTTY) {
      const tenth = Math.floor(fraction * 10);
      if (progress.phase !== lastPhase) {
        lastPhase = progress.phase;
        lastTenth = -1;
        stream.write(`${label(progress)}…\n`);
      }
      if (progress.phase === "write" && tenth !== lastTenth) {
        lastTenth = tenth;
        stream.write(
          `  ${tenth * 10}% (${progress.done.toLocaleString("en")} / ${progress.total.toLocaleString("en")})\n`,
        );
      }
      return;
    }
    const isLast = progress.done >= progress.total;
    if (!isLast && progress.phase === lastPhase && now() - lastDraw < REDRAW_MS) return;
    lastDraw = now();
    lastPhase = progress.phase;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}`;
    const counts =
      progress.phase === "write"
        ? ` ${progress.done.toLocaleString("en")}/${progress.total.toLocaleString("en")}`
        : "";
    stream.write(
      `\r\x1b[2K${bar} ${String(Math.round(fraction * 100)).padStart(3)}% ${label(progress)}${counts}`,
    );
    isDrawn = true;
  };

  return {
    report,
    done: () => {
      if (stream.isTTY && isDrawn) stream.write("\r\x1b[2K");
      isDrawn = false;
    },
  };
}

import type { ParticipationFunnel } from "@/lib/consensus/get-participation-funnel.ts";
import type { getTranslator } from "@/lib/i18n/translator.ts";
import { percent } from "./markdown.ts";
import { movesFormula, roundMoves } from "./participation-moves.ts";

type T = ReturnType<typeof getTranslator<"report.text">>;

/** The participation flow: one box per step, from invitation to the last closed round. */
export type FlowFigure = { title: string; steps: string[] };

export function composeFlowFigure(funnel: ParticipationFunnel, t: T): FlowFigure | undefined {
  const closed = funnel.rounds.filter((r) => r.state === "CLOSED");
  if (closed.length === 0) return undefined;
  return {
    title: t("flowTitle"),
    steps: [
      t("flowInvited", { count: funnel.invited }),
      t("flowAccepted", { count: funnel.accepted }),
      ...closed.map((r) =>
        [
          t("flowRound", {
            number: r.number,
            respondents: r.respondents,
            seated: r.seated,
            rate: percent(r.responseRate),
          }),
          movesFormula(roundMoves(funnel, r), t),
        ]
          .filter(Boolean)
          .join(": "),
      ),
    ],
  };
}

/** For the formats that cannot draw (Markdown, Word): the steps joined by arrows. */
export function flowFigureMarkdown(figure: FlowFigure): string {
  return `**${figure.title}**\n\n${figure.steps.join("  \n↓  \n")}`;
}

const WIDTH = 520;
const LINE = 17;
const PAD = 10;
const GAP = 26;
const CHARS_PER_LINE = 66;

/**
 * The flow as a drawn figure (SVG), for the web page and the PDF. Every piece of text is
 * XML-escaped here, which is what makes it safe to inline into the page.
 */
export function flowFigureSvg(figure: FlowFigure): string {
  const parts: string[] = [];
  let y = 1;
  figure.steps.forEach((step, i) => {
    const lines = wrap(step, CHARS_PER_LINE);
    const height = lines.length * LINE + 2 * PAD;
    if (i > 0) {
      const x = WIDTH / 2;
      parts.push(
        `<line x1="${x}" y1="${y - GAP}" x2="${x}" y2="${y - 7}" stroke="#334155" stroke-width="1.5"/>`,
        `<polygon points="${x - 5},${y - 8} ${x + 5},${y - 8} ${x},${y - 1}" fill="#334155"/>`,
      );
    }
    parts.push(
      `<rect x="1" y="${y}" width="${WIDTH - 2}" height="${height}" rx="6" fill="#f8fafc" stroke="#334155" stroke-width="1.2"/>`,
      ...lines.map(
        (line, l) =>
          `<text x="${WIDTH / 2}" y="${y + PAD + (l + 1) * LINE - 4}" text-anchor="middle" font-family="DejaVuSans, DejaVu Sans, Helvetica, Arial, sans-serif" font-size="13" fill="#0f172a">${escapeXml(line)}</text>`,
      ),
    );
    y += height + GAP;
  });
  const height = y - GAP + 1;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join("")}</svg>`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  return current ? [...lines, current] : lines;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

import type {
  ParticipationFunnel,
  RoundParticipationFigures,
} from "@/lib/consensus/get-participation-funnel.ts";
import type { getTranslator } from "@/lib/i18n/translator.ts";

type T = ReturnType<typeof getTranslator<"report.text">>;

export type RoundMoves = {
  before: number;
  previous: number;
  lost: number;
  returned: number;
  joined: number;
  respondents: number;
};

/**
 * How a round's respondents came from the previous round's: previous − lost + returned +
 * joined = respondents. Stating only "lost" (as the report once did) leaves the reader with
 * sums that do not close whenever experts skip a round and come back, or join late.
 */
export function roundMoves(
  funnel: ParticipationFunnel,
  round: RoundParticipationFigures,
): RoundMoves | null {
  const previous = funnel.rounds.find((r) => r.number === round.number - 1);
  if (!previous || round.lost === null || round.returned === null || round.joined === null)
    return null;
  return {
    before: previous.number,
    previous: previous.respondents,
    lost: round.lost,
    returned: round.returned,
    joined: round.joined,
    respondents: round.respondents,
  };
}

/** The arithmetic as a short formula, for the flow figure's boxes. */
export function movesFormula(moves: RoundMoves | null, t: T): string {
  return moves ? t("flowMoves", { ...moves }) : "";
}

/** The same in a sentence, for the report's text. */
export function movesSentence(moves: RoundMoves | null, t: T): string {
  return moves ? t("participationMoves", { ...moves }) : "";
}

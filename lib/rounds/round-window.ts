// When a round takes answers. The server's clock decides; a few seconds of grace after the
// deadline let requests already in flight (a submit pressed at 23:59:59) land. Checked
// inside the same transaction as the write it guards.
export const GRACE_SECONDS = 5;

export type RoundWindow = { state: "SCHEDULED" | "OPEN" | "CLOSED"; closesAt: Date };

export function isAcceptingResponses(round: RoundWindow, now: Date = new Date()): boolean {
  return round.state === "OPEN" && now.getTime() <= round.closesAt.getTime() + GRACE_SECONDS * 1000;
}

/** Past its deadline and grace, so the scheduler may close it. */
export function isDueToClose(round: RoundWindow, now: Date = new Date()): boolean {
  return round.state === "OPEN" && now.getTime() > round.closesAt.getTime() + GRACE_SECONDS * 1000;
}

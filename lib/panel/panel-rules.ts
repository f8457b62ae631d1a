// The panel's status rules, shared by lib/ and the UI (no database access here).

export const PANEL_STATUSES = [
  "PROPOSED",
  "INVITED",
  "ACCEPTED",
  "DECLINED",
  "WITHDRAWN",
  "EXCLUDED",
] as const;

export type PanelStatus = (typeof PANEL_STATUSES)[number];

/**
 * The experts who are "on the panel": they take a place under the study's cap and are counted
 * in its composition. Declined, withdrawn and excluded experts free their place but stay on
 * record (their address stays taken, so the same person cannot be added twice by mistake).
 */
export const ACTIVE_PANEL_STATUSES = [
  "PROPOSED",
  "INVITED",
  "ACCEPTED",
] as const satisfies readonly PanelStatus[];

export function isActivePanelStatus(status: PanelStatus): boolean {
  return (ACTIVE_PANEL_STATUSES as readonly PanelStatus[]).includes(status);
}

/**
 * Every allowed move. INVITED, ACCEPTED and DECLINED are set by the invitation flow (and the
 * expert's answer), never by hand; facilitators only exclude, withdraw and restore.
 */
const transitions: Record<PanelStatus, readonly PanelStatus[]> = {
  PROPOSED: ["INVITED", "WITHDRAWN", "EXCLUDED"],
  INVITED: ["ACCEPTED", "DECLINED", "WITHDRAWN", "EXCLUDED"],
  ACCEPTED: ["WITHDRAWN", "EXCLUDED"],
  // The expert said no; a new invitation is the invitation flow's business.
  DECLINED: [],
  // Back to the start: a restored expert is proposed again and needs a new invitation.
  WITHDRAWN: ["PROPOSED"],
  EXCLUDED: ["PROPOSED"],
};

export function canTransition(from: PanelStatus, to: PanelStatus): boolean {
  return transitions[from].includes(to);
}

/** The statuses a facilitator may set by hand from the panel page. */
export const MANUAL_PANEL_STATUSES = [
  "EXCLUDED",
  "WITHDRAWN",
  "PROPOSED",
] as const satisfies readonly PanelStatus[];

export type ManualPanelStatus = (typeof MANUAL_PANEL_STATUSES)[number];

export function manualTransitionsFrom(status: PanelStatus): ManualPanelStatus[] {
  return MANUAL_PANEL_STATUSES.filter((to) => canTransition(status, to));
}

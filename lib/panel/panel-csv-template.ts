import { PANEL_COLUMNS, type PanelColumn } from "./schemas.ts";

// An invented expert, so the template shows each column's format (note the quoted commas).
const example: Record<PanelColumn, string> = {
  name: "Amara Okafor",
  email: "amara.okafor@example.org",
  organisation: "University of Lagos, Centre for Urban Studies",
  country: "Nigeria",
  region: "Africa",
  sector: "Academia",
  gender: "woman",
  expertise: "sharing economy; urban planning",
};

function csvCell(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The downloadable template: the header row and one example row, CRLF as RFC 4180 says. */
export function panelCsvTemplate(): string {
  const rows = [PANEL_COLUMNS, PANEL_COLUMNS.map((column) => example[column])];
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

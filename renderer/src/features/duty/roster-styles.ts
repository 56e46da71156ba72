/** The roster grid's look, on screen and (with print-roster.ts's additions) on paper. */
export const ROSTER_CSS = `
.duty-roster { width: 100%; border-collapse: collapse; table-layout: fixed; }
.duty-roster th { padding: 4px; background: #fafafa; border: 1px solid #d9d9d9; font-weight: 600; }
.duty-roster td { border: 1px solid #d9d9d9; vertical-align: top; height: 96px; padding: 0; }
.duty-roster-blank { background: #fafafa; }
.duty-roster-warning { outline: 2px solid #faad14; outline-offset: -2px; }
.duty-roster-open { all: unset; box-sizing: border-box; display: block; width: 100%; height: 100%; min-height: 96px;
  padding: 4px 6px; cursor: pointer; font-size: 12px; line-height: 1.35; }
.duty-roster-open:hover, .duty-roster-open:focus-visible { background: #e6f4ff; }
.duty-roster-shift { margin-top: 2px; }
.duty-roster-time { color: #8c8c8c; font-size: 11px; white-space: nowrap; }
.duty-roster-legend { margin-top: 6px; font-size: 12px; }
.duty-role-commander { color: #cf1322; font-weight: 600; }
.duty-role-duty_officer { color: #0958d9; font-weight: 600; }
.duty-role-member { color: #389e0d; font-weight: 600; }
`;

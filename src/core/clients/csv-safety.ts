// CSV / formula injection (OWASP "CSV Injection"): a client can type « =HYPERLINK(…) » as
// their name in a web form; when the business opens the export in Excel or LibreOffice, the
// cell runs as a formula (data exfiltration, DDE commands). Prefixing a quote makes the
// spreadsheet show the text instead. Applied to every cell of every CSV/XLSX export.

// ASCII triggers plus their full-width forms, which some spreadsheet versions also accept.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20']);

// A negative amount such as « -12,50 » or « -1 234.5 » stays a number for the accountant.
// Only the minus sign gets this exception: « +33612345678 » is better protected as text
// (Excel would otherwise drop the '+' of the phone number).
const NEGATIVE_NUMBER = /^-\d{1,3}(?:[ \u00A0\u202F]?\d{3})*(?:[.,]\d+)?$|^-\d+(?:[.,]\d+)?$/;

export function neutraliseFormula(cell: string | number | boolean | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  const value = String(cell);
  if (NEGATIVE_NUMBER.test(value)) return value;
  // Leading spaces do not stop every spreadsheet from evaluating « =… »: look past them.
  const first = value.replace(/^ +/, '')[0];
  return first !== undefined && TRIGGERS.has(first) ? `'${value}` : value;
}

export function neutraliseRow(cells: ReadonlyArray<string | number | boolean | null | undefined>): string[] {
  return cells.map(neutraliseFormula);
}

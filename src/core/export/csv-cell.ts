/**
 * RFC 4180 CSV, safe to open in Excel, Numbers and LibreOffice: every cell quoted when
 * needed, rows ended by CRLF, a UTF-8 BOM so Excel reads Chinese correctly, and cells that
 * a spreadsheet would run as a formula neutralised.
 */

/** The byte order mark Excel needs to detect UTF-8. */
export const UTF8_BOM = '\uFEFF';

// = + - @ start formulas; a leading tab or carriage return can hide one from a reader (OWASP CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises a would-be formula by a leading apostrophe, which spreadsheets show as text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: neutralised, then quoted when it holds a comma, quote, CR or LF (quotes doubled). */
export function csvCell(value: string | number | undefined): string {
  const text = neutraliseFormula(value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header, rows, CRLF after every record. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

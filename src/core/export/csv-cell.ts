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

type Row = readonly (string | number | undefined)[];

/** A CSV document as pieces, one record each (BOM, header, rows, CRLF after every record): exports stream them. */
export function* csvPieces(header: readonly string[], rows: Iterable<Row>): Generator<string> {
  yield `${UTF8_BOM}${header.map(csvCell).join(',')}\r\n`;
  for (const row of rows) yield `${row.map(csvCell).join(',')}\r\n`;
}

/** A whole CSV document as one string. */
export function toCsv(header: readonly string[], rows: Iterable<Row>): string {
  return Array.from(csvPieces(header, rows)).join('');
}

/**
 * `npm run --silent export -- --format ID [--style STYLE_ID_OR_CSL_FILE] [--locale zh-CN|en-US] BACKUP.json`
 * writes the export of a backup file (the options page's format) to standard output with the
 * popup's code; `--list` prints the format and style ids. Bad input gives one sentence on
 * standard error and exit code 1 (2 for a usage error).
 */
import { once } from 'node:events';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isCitationLocale } from '../core/citation/bundled-styles';
import { customStyle, type CustomStyle } from '../core/citation/style-choice';
import { validateCslStyle } from '../core/citation/validate-style';
import { BackupStreamReader, looksLikeBackup } from '../core/import/backup-stream';
import type { ImportPlan } from '../core/import/import-plan';
import { batchPieces } from '../core/export/pieces';
import { parseImportFile } from '../core/import/parse-import-file';
import type { Result } from '../core/errors';
import { bundledStyleXml, cliFormat, cliFormatIds, cliStyleIds } from './export-registry';
import './book-formats';

const USAGE =
  'usage: npm run --silent export -- --format ID [--style STYLE_ID_OR_CSL_FILE] [--locale zh-CN|en-US] [--out PATH] BACKUP.json (or --list)';

function fail(message: string, code = 1): never {
  process.stderr.write(`export: ${message}\n`);
  process.exit(code);
}

interface Args {
  format?: string;
  style?: string;
  locale?: string;
  out?: string;
  list: boolean;
  file?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { list: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) fail(`${arg} needs a value; ${USAGE}`, 2);
      return next;
    };
    if (arg === '--list') args.list = true;
    else if (arg === '--format') args.format = value();
    else if (arg === '--style') args.style = value();
    else if (arg === '--locale') args.locale = value();
    else if (arg === '--out') args.out = value();
    else if (arg.startsWith('--')) fail(`unknown option ${arg}; ${USAGE}`, 2);
    else if (args.file === undefined) args.file = arg;
    else fail(`only one backup file can be given (got ${args.file} and ${arg})`, 2);
  }
  return args;
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read the ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * A backup of any size (images included) is read as the options page reads it: in slices through
 * the streaming reader, so the file is never one string (Node's strings end near 512 MB). Other
 * files (W3C, Hypothesis, a re-serialised backup) are read whole.
 */
function readPlan(file: string, keepImageBytes: boolean): Result<ImportPlan> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    fail(`cannot read the backup file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    const buffer = Buffer.alloc(1024 * 1024);
    const first = readSync(fd, buffer, 0, buffer.length, null);
    const decoder = new TextDecoder('utf-8');
    if (!looksLikeBackup(decoder.decode(buffer.subarray(0, Math.min(first, 64 * 1024))))) return parseImportFile(readText(file, 'backup file'));
    const reader = new BackupStreamReader({ keepImageBytes });
    let n = first;
    while (n > 0) {
      if (!reader.write(decoder.decode(buffer.subarray(0, n), { stream: true }))) break; // the first bad record decides
      n = readSync(fd, buffer, 0, buffer.length, null);
    }
    reader.write(decoder.decode());
    return reader.finish();
  } catch (error) {
    fail(`cannot read the backup file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** The style id to cite in and, for a .csl file, the checked file as a reader's own style. */
function styleFor(style: string): { style: string; custom: CustomStyle[] } {
  if (bundledStyleXml(style) !== undefined) return { style, custom: [] };
  if (!style.toLowerCase().endsWith('.csl')) fail(`unknown style ${style}; the styles are ${cliStyleIds().join(', ')}, or give a .csl file`);
  const xml = readText(style, 'style file');
  const checked = validateCslStyle(xml);
  if (!checked.ok) fail(`${style} cannot be used: ${checked.error}`);
  const own = customStyle(checked.title, xml);
  return { style: own.id, custom: [own] };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) {
    process.stdout.write(`formats: ${cliFormatIds().join(' ')}\nstyles: ${cliStyleIds().join(' ')}\n`);
    return;
  }
  if (!args.format) fail(`--format is missing; ${USAGE}`, 2);
  const format = cliFormat(args.format);
  if (!format) fail(`unknown format ${args.format}; the formats are ${cliFormatIds().join(', ')}`);
  if (args.locale !== undefined && !isCitationLocale(args.locale)) fail(`unknown locale ${args.locale}; use zh-CN or en-US`);
  if (!args.file) fail(`no backup file given; ${USAGE}`, 2);
  const style = styleFor(args.style ?? 'gbt7714-2015');
  const plan = readPlan(args.file, format.skipsImageBytes !== true);
  if (!plan.ok) fail(`${args.file} cannot be read as a backup: ${plan.error.detail}`);
  if (plan.value.source !== 'jianbao-backup') fail(`${args.file} is not a Jianbao backup (it is a ${plan.value.source} file); export a backup from the options page`);
  const { articles, highlights, clippings, settings } = plan.value;
  try {
    const output = await format.run({ articles, highlights, clippings, settings, exportedAt: new Date() }, { ...style, locale: args.locale as never, out: args.out });
    // Written a batch at a time as it is made, waiting whenever the reader of the pipe is behind.
    for (const batch of batchPieces(typeof output === 'string' ? [output] : output)) {
      if (!process.stdout.write(batch)) await once(process.stdout, 'drain');
    }
  } catch (error) {
    fail(`the ${args.format} export failed: ${(error as Error).message}`);
  }
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
void main();

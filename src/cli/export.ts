/**
 * `npm run --silent export -- --format ID [--style STYLE_ID_OR_CSL_FILE] [--locale zh-CN|en-US] BACKUP.json`
 * writes the export of a backup file (the options page's format) to standard output with the
 * popup's code; `--list` prints the format and style ids. Bad input gives one sentence on
 * standard error and exit code 1 (2 for a usage error).
 */
import { readFileSync } from 'node:fs';
import { isCitationLocale } from '../core/citation/bundled-styles';
import { validateCslStyle } from '../core/citation/validate-style';
import { parseImportFile } from '../core/import/parse-import-file';
import { bundledStyleXml, cliFormat, cliFormatIds, cliStyleIds } from './export-registry';

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

function styleXmlFor(style: string): string {
  const bundled = bundledStyleXml(style);
  if (bundled !== undefined) return bundled;
  if (!style.toLowerCase().endsWith('.csl')) fail(`unknown style ${style}; the styles are ${cliStyleIds().join(', ')}, or give a .csl file`);
  const xml = readText(style, 'style file');
  const checked = validateCslStyle(xml);
  if (!checked.ok) fail(`${style} cannot be used: ${checked.error}`);
  return xml;
}

function main(): void {
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
  const styleXml = styleXmlFor(args.style ?? 'gbt7714-2015');
  const plan = parseImportFile(readText(args.file, 'backup file'));
  if (!plan.ok) fail(`${args.file} cannot be read as a backup: ${plan.error.detail}`);
  if (plan.value.source !== 'jianbao-backup') fail(`${args.file} is not a Jianbao backup (it is a ${plan.value.source} file); export a backup from the options page`);
  const { articles, highlights, settings } = plan.value;
  let text: string;
  try {
    text = format.run({ articles, highlights, settings, exportedAt: new Date() }, { styleXml, locale: args.locale as never, out: args.out });
  } catch (error) {
    fail(`the ${args.format} export failed: ${(error as Error).message}`);
  }
  process.stdout.write(text);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));
main();

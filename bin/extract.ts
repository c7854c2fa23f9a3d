// `npm run --silent extract -- [--published YYYY-MM-DD] [--lang en] FILE`
// Prints the figures in FILE (UTF-8) as JSON Lines, one per figure in text
// order. Bad arguments or an unreadable file: one line on stderr, exit 2.
// Tools outside the extension depend on this contract (DESIGN.md).

import { readFileSync } from 'node:fs';
import { extractFigures } from '../lib/extract';
import { SUPPORTED_LANGS } from '../lib/extract/lang';
import { isIsoDate } from '../lib/extract/calendar';

const USAGE = 'usage: extract [--published YYYY-MM-DD] [--lang en] FILE';

function fail(message: string): never {
  process.stderr.write(`extract: ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(2);
}

interface Args {
  published: string;
  lang: string;
  file: string;
}

function parseArgs(argv: string[]): Args {
  let published = new Date().toISOString().slice(0, 10);
  let lang = 'en';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) fail(`${name} needs a value; ${USAGE}`);
      return v;
    };
    if (name === '--published') published = value();
    else if (name === '--lang') lang = value();
    else if (arg === '--') files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (!isIsoDate(published)) fail(`--published must be a date YYYY-MM-DD, got "${published}"`);
  if (!SUPPORTED_LANGS.includes(lang)) fail(`unsupported language "${lang}" (supported: ${SUPPORTED_LANGS.join(', ')})`);
  if (files.length === 0) fail(`missing FILE; ${USAGE}`);
  if (files.length > 1) fail(`one FILE expected, got ${files.length}; ${USAGE}`);
  return { published, lang, file: files[0]! };
}

const args = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(args.file, 'utf8');
} catch (e) {
  fail(`cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}

const lines = extractFigures(text, { published: args.published, lang: args.lang }).map((f) =>
  JSON.stringify({
    start: f.start,
    end: f.end,
    text: f.text,
    value: { low: f.value.low, high: f.value.high },
    qualifier: f.qualifier,
    metric: f.metric,
    rate: f.rate,
    period: f.period ? { start: f.period.start, end: f.period.end } : null,
    side: f.side,
  }),
);
process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');

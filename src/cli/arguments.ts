/**
 * Parses `cxm` arguments. Our own small parser rather than a dependency: the grammar is four
 * commands with a handful of options, and bad usage must name the exact reason (exit 2).
 */
import { LANGUAGES, type Language } from '../core/model/vocabulary';

export const COMMANDS = ['validate', 'assess', 'roadmap', 'journey'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The `--format` values each command accepts; the first is the default. */
export const FORMATS = {
  validate: ['text', 'json', 'sarif'],
  assess: ['text', 'json'],
  roadmap: ['document', 'json'],
  journey: ['html', 'svg', 'mermaid'],
} as const satisfies Record<CommandName, readonly string[]>;

type ValueOption = 'format' | 'lang' | 'out' | 'journey' | 'template';

/** Options beyond `--format`, `--lang` and `--help`, which every command takes. */
const COMMAND_OPTIONS: Record<CommandName, readonly (ValueOption | 'force')[]> = {
  validate: [],
  assess: ['out', 'force'],
  roadmap: ['template', 'out', 'force'],
  journey: ['journey', 'out', 'force'],
};

export interface CommandArguments {
  command: CommandName;
  inputs: string[];
  format: string;
  lang?: Language;
  out?: string;
  force: boolean;
  journey?: string;
  template?: string;
}

export type ParsedArguments =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { kind: 'run'; args: CommandArguments }
  | { kind: 'bad-usage'; reason: string; command?: CommandName };

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

export function parseArguments(argv: readonly string[]): ParsedArguments {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return topic !== undefined && isCommand(topic) ? { kind: 'help', command: topic } : { kind: 'help' };
  }
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (!isCommand(first)) {
    return { kind: 'bad-usage', reason: first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"` };
  }
  return parseCommand(first, rest);
}

function parseCommand(command: CommandName, argv: readonly string[]): ParsedArguments {
  const bad = (reason: string): ParsedArguments => ({ kind: 'bad-usage', reason, command });
  const values: Partial<Record<ValueOption, string>> = {};
  const inputs: string[] = [];
  let force = false;
  let optionsEnded = false;
  const allowed = new Set<string>(['format', 'lang', ...COMMAND_OPTIONS[command]]);

  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (optionsEnded || !token.startsWith('-') || token === '-') {
      inputs.push(token);
      continue;
    }
    if (token === '--') {
      optionsEnded = true;
      continue;
    }
    if (token === '--help' || token === '-h') return { kind: 'help', command };
    const equals = token.indexOf('=');
    const name = token.slice(2, equals < 0 ? undefined : equals);
    if (!token.startsWith('--') || !allowed.has(name)) return bad(`unknown option ${token} for "cxm ${command}"`);
    if (name === 'force') {
      if (equals >= 0) return bad('--force takes no value');
      force = true;
      continue;
    }
    const option = name as ValueOption;
    if (values[option] !== undefined) return bad(`--${option} given twice`);
    const value = equals >= 0 ? token.slice(equals + 1) : argv[++i];
    if (value === undefined || value === '') return bad(`--${option} needs a value`);
    values[option] = value;
  }

  const formats: readonly string[] = FORMATS[command];
  const format = values.format ?? formats[0]!;
  if (!formats.includes(format)) return bad(`--format must be one of ${formats.join(', ')} (got "${format}")`);
  const lang = values.lang;
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) {
    return bad(`--lang must be one of ${LANGUAGES.join(', ')} (got "${lang}")`);
  }
  if (values.template !== undefined && format === 'json') return bad('--template does not apply to --format json');
  if (inputs.length === 0) return bad('no file, folder or glob given');

  const args: CommandArguments = { command, inputs, format, force };
  if (lang !== undefined) args.lang = lang as Language;
  if (values.out !== undefined) args.out = values.out;
  if (values.journey !== undefined) args.journey = values.journey;
  if (values.template !== undefined) args.template = values.template;
  return { kind: 'run', args };
}

/**
 * Parses `cxm` arguments. Our own small parser rather than a dependency: the grammar is four
 * commands with a handful of options, and bad usage must name the exact reason (exit 2).
 */
import { LANGUAGES, type Language } from '../core';
import { usageMessages, type UsageMessages } from './messages';

export const COMMANDS = ['validate', 'assess', 'roadmap', 'journey', 'compare', 'portfolio'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** The `--format` values each command accepts; the first is the default. */
export const FORMATS = {
  validate: ['text', 'json', 'sarif'],
  assess: ['text', 'json'],
  roadmap: ['document', 'json'],
  journey: ['html', 'svg', 'mermaid'],
  compare: ['text', 'json', 'markdown', 'html'],
  portfolio: ['text', 'json', 'markdown', 'html'],
} as const satisfies Record<CommandName, readonly string[]>;

type ValueOption = 'format' | 'lang' | 'out' | 'journey' | 'template' | 'reference' | 'by';

/** Options that take no value. */
const FLAGS = ['force', 'redact'] as const;
type Flag = (typeof FLAGS)[number];

/** `cxm portfolio --by`: the groups of the benchmark. */
export const PORTFOLIO_GROUPS = ['sector', 'size', 'stage', 'intensity'] as const;
export type PortfolioGroup = (typeof PORTFOLIO_GROUPS)[number];

/** Options beyond `--format`, `--lang` and `--help`, which every command takes. */
const COMMAND_OPTIONS: Record<CommandName, readonly (ValueOption | Flag)[]> = {
  validate: [],
  assess: ['out', 'force'],
  roadmap: ['template', 'reference', 'out', 'force'],
  journey: ['journey', 'out', 'force'],
  compare: ['out', 'force'],
  portfolio: ['by', 'redact', 'out', 'force'],
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
  /** A firm's .docx or .pptx whose branding the Office documents take (`--template docx|pptx`). */
  reference?: string;
  /** `cxm portfolio --by`. */
  by?: PortfolioGroup;
  /** `cxm portfolio --redact`. */
  redact?: boolean;
}

export type ParsedArguments =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | { kind: 'run'; args: CommandArguments }
  | { kind: 'bad-usage'; reason: string; command?: CommandName };

function isCommand(word: string): word is CommandName {
  return (COMMANDS as readonly string[]).includes(word);
}

/** `lang` is the language of bad-usage reasons (the environment's: `--lang` is not parsed yet). */
export function parseArguments(argv: readonly string[], lang: Language = 'en'): ParsedArguments {
  const say = usageMessages(lang);
  const [first, ...rest] = argv;
  if (first === undefined) return { kind: 'bad-usage', reason: say.noCommand };
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return topic !== undefined && isCommand(topic) ? { kind: 'help', command: topic } : { kind: 'help' };
  }
  if (first === '--version' || first === '-V') return { kind: 'version' };
  if (!isCommand(first)) {
    return { kind: 'bad-usage', reason: first.startsWith('-') ? say.unknownOption(first) : say.unknownCommand(first) };
  }
  return parseCommand(first, rest, say);
}

function parseCommand(command: CommandName, argv: readonly string[], say: UsageMessages): ParsedArguments {
  const bad = (reason: string): ParsedArguments => ({ kind: 'bad-usage', reason, command });
  const values: Partial<Record<ValueOption, string>> = {};
  const inputs: string[] = [];
  let force = false;
  let redact = false;
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
    if (!token.startsWith('--') || !allowed.has(name)) return bad(say.unknownOption(token, command));
    if ((FLAGS as readonly string[]).includes(name)) {
      if (equals >= 0) return bad(say.noValueExpected(`--${name}`));
      if (name === 'redact') redact = true;
      else force = true;
      continue;
    }
    const option = name as ValueOption;
    if (values[option] !== undefined) return bad(say.givenTwice(`--${option}`));
    const value = equals >= 0 ? token.slice(equals + 1) : argv[++i];
    if (value === undefined || value === '') return bad(say.valueNeeded(`--${option}`));
    values[option] = value;
  }

  const formats: readonly string[] = FORMATS[command];
  const format = values.format ?? formats[0]!;
  if (!formats.includes(format)) return bad(say.oneOf('--format', formats, format));
  const lang = values.lang;
  if (lang !== undefined && !(LANGUAGES as readonly string[]).includes(lang)) {
    return bad(say.oneOf('--lang', LANGUAGES, lang));
  }
  if (values.template !== undefined && format === 'json') return bad(say.templateWithJson);
  if (values.by !== undefined && !(PORTFOLIO_GROUPS as readonly string[]).includes(values.by)) {
    return bad(say.oneOf('--by', PORTFOLIO_GROUPS, values.by));
  }
  if (inputs.length === 0) return bad(say.noInputs);

  const args: CommandArguments = { command, inputs, format, force };
  if (lang !== undefined) args.lang = lang as Language;
  if (values.out !== undefined) args.out = values.out;
  if (values.journey !== undefined) args.journey = values.journey;
  if (values.template !== undefined) args.template = values.template;
  if (values.reference !== undefined) args.reference = values.reference;
  if (values.by !== undefined) args.by = values.by as PortfolioGroup;
  if (redact) args.redact = true;
  return { kind: 'run', args };
}

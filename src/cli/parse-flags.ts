/**
 * Flag parsing on node:util parseArgs, with every mistake turned into one CRMC_USAGE line that
 * names the command and the flag.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CrmcError } from '../core/errors.ts';

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedFlags {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

function usageError(command: string, problem: string): CrmcError {
  return new CrmcError('CRMC_USAGE', `${problem} (see "crm-conformance help ${command}")`);
}

export function parseFlags(command: string, args: readonly string[], options: FlagSpec, maxPositionals = 0): ParsedFlags {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const named = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usageError(command, `unknown flag ${named ?? ''} for ${command}`.replace('  ', ' '));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const flag = /--[a-z-]+/.exec((error as Error).message)?.[0] ?? named ?? 'a flag';
      throw usageError(command, `${flag} needs a value`);
    }
    throw usageError(command, (error as Error).message.split('\n')[0] ?? 'bad arguments');
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals[maxPositionals];
    throw usageError(command, `unexpected argument "${extra}" for ${command}`);
  }
  return { values: parsed.values as ParsedFlags['values'], positionals: parsed.positionals };
}

export function stringFlag(flags: ParsedFlags, name: string): string | undefined {
  const value = flags.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listFlag(flags: ParsedFlags, name: string): string[] | undefined {
  const value = flags.values[name];
  if (Array.isArray(value)) return value.length > 0 ? value : undefined;
  return typeof value === 'string' ? [value] : undefined;
}

export function boolFlag(flags: ParsedFlags, name: string): boolean | undefined {
  const value = flags.values[name];
  return typeof value === 'boolean' ? value : undefined;
}

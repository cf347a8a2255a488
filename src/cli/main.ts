/**
 * The command-line entry: dispatches to a command and turns every outcome into an exit code.
 * Errors print one line on stderr (a stack only with CRMC_DEBUG=1) and exit 2.
 */
import { CrmcError } from '../core/errors.ts';
import { helpText } from './commands/help.ts';
import { errorLine, EXIT, exitCodeForError } from './exit-codes.ts';
import { toolVersion } from './version.ts';

async function printHelp(command?: string): Promise<number> {
  const text = await helpText(command);
  if (text === undefined) throw new CrmcError('CRMC_USAGE', `unknown command "${command}" (see "crm-conformance help")`);
  process.stdout.write(text);
  return EXIT.OK;
}

async function dispatch(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    process.stderr.write((await helpText())!);
    return EXIT.ERROR;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${toolVersion()}\n`);
    return EXIT.OK;
  }
  if (command === '--help' || command === '-h') return printHelp();
  if (command === 'help') return printHelp(rest[0]);
  if (rest.includes('--help') || rest.includes('-h')) return printHelp(command);
  // Commands load on demand: help and usage errors stay fast, and run loads vitest only when needed.
  switch (command) {
    case 'run':
      return (await import('./commands/run.ts')).runCommand(rest, env, cwd);
    case 'serve':
      return (await import('./commands/serve.ts')).serveCommand(rest);
    case 'replay':
      return (await import('./commands/replay.ts')).replayCommand(rest, env);
    case 'merge':
      return (await import('./commands/merge.ts')).mergeCommand(rest, env, cwd);
    default:
      throw new CrmcError('CRMC_USAGE', `unknown command "${command}" (see "crm-conformance help")`);
  }
}

/** Runs the CLI and resolves with the exit code; never throws. */
export async function main(argv: readonly string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<number> {
  try {
    return await dispatch(argv, env, cwd);
  } catch (error) {
    process.stderr.write(`crm-conformance: ${errorLine(error, env)}\n`);
    return exitCodeForError(error);
  }
}

import { Command, CommanderError, Option } from 'commander';
import { check, type CheckResult } from './check';
import type { Lang } from './core/document';
import { LANGS } from './core/document';
import type { Severity } from './core/findings';
import { formatGcc } from './report/gcc';
import { formatJson } from './report/json';
import { formatSarif } from './report/sarif';
import { formatText } from './report/text';
import { explainRule, listRules } from './cli/rules';
import { fixOutput } from './cli/fix';
import { progressLine } from './cli/progress';
import { VERSION } from './version';

/** An error whose message is the whole story: one line, this exit code. */
interface ExitingError {
  exitCode: number;
  message: string;
}

function isExiting(e: unknown): e is ExitingError {
  return typeof e === 'object' && e !== null && typeof (e as ExitingError).exitCode === 'number' && typeof (e as ExitingError).message === 'string';
}

interface CheckFlags {
  lang?: string;
  format: 'text' | 'json' | 'sarif' | 'gcc';
  failOn: Severity;
  policy?: string;
  color: boolean;
  quiet?: boolean;
  sandbox?: boolean;
  fix?: boolean;
  write?: boolean;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('airlock')
    .description('Checks AI-written server config (nginx, iptables, nftables, ufw, systemd, shell) for lockout, exposure and invalid config.')
    .version(VERSION)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('check')
    .description('check files, or an AI answer piped on standard input')
    .argument('[paths...]', "files to check; '-' or nothing reads standard input")
    .addOption(new Option('--lang <lang>', 'treat every block as this language').choices(LANGS.filter((l) => l !== 'unknown')))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif', 'gcc']).default('text'))
    .addOption(new Option('--fail-on <severity>', 'lowest severity that rejects').choices(['error', 'warning', 'info']).default('error'))
    .option('--policy <file>', 'policy file (default: ./airlock.json when present)')
    .option('--no-color', 'no colour, even on a terminal')
    .option('--quiet', 'print only the findings')
    .option('--sandbox', 'also apply the change in disposable Docker containers and probe it')
    .option('--fix', 'print the known fixes as one unified diff (patch -p0 / git apply -p0)')
    .option('--write', 'with --fix: apply the fixes to the files')
    .action(async (paths: string[], flags: CheckFlags) => {
      const stdinIsTty = process.stdin.isTTY && (paths.length === 0 || paths.includes('-'));
      if (stdinIsTty && paths.length === 0) {
        throw Object.assign(new Error('airlock check: no input; pipe an answer in or name files (airlock check --help)'), { exitCode: 2 });
      }
      const progress = flags.sandbox ? progressLine(process.stderr) : undefined;
      const result = await check(paths, {
        lang: flags.lang as Lang | undefined,
        policy: flags.policy,
        sandbox: flags.sandbox,
        failOn: flags.failOn,
        progress,
      });
      progress?.done();
      if (flags.fix) {
        process.stdout.write(fixOutput(result, { write: !!flags.write }));
      } else {
        process.stdout.write(render(result, flags));
      }
      process.exitCode = result.verdict === 'approve' ? 0 : 1;
    });

  program
    .command('rules')
    .description('list every rule: id, class, severity, summary')
    .option('--format <format>', 'text or json', 'text')
    .action((flags: { format: string }) => {
      process.stdout.write(listRules(flags.format === 'json'));
    });

  program
    .command('explain')
    .description("print a rule's documentation: what, why, a bad and a good example")
    .argument('<id>', 'rule id (see airlock rules)')
    .action((id: string) => {
      process.stdout.write(explainRule(id));
    });

  const sandbox = program.command('sandbox').description('build, check or clean the Docker sandbox (see airlock sandbox --help)');
  sandbox.helpOption(false).allowUnknownOption().argument('[args...]').action(async (args: string[]) => {
    // Loaded only when asked for: the static check never loads dockerode.
    const { registerSandboxCommands } = await import('./sandbox/commands');
    const sub = new Command().name('airlock').exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });
    registerSandboxCommands(sub);
    await sub.parseAsync(['sandbox', ...args], { from: 'user' });
  });
  return program;
}

function render(result: CheckResult, flags: CheckFlags): string {
  switch (flags.format) {
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result);
    case 'gcc':
      return formatGcc(result);
    default:
      return formatText(result, { color: flags.color && !!process.stdout.isTTY && !process.env.NO_COLOR, quiet: !!flags.quiet });
  }
}

/** The one place errors become a line on stderr and an exit code. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is usage (2).
      process.exitCode = e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
      return;
    }
    if (process.env.AIRLOCK_DEBUG) console.error(e);
    if (isExiting(e)) {
      process.stderr.write(`airlock: ${e.message.split('\n')[0]}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`airlock: internal error: ${(e as Error)?.message?.split('\n')[0] ?? String(e)} (AIRLOCK_DEBUG=1 shows the trace)\n`);
    process.exitCode = 2;
  }
}

// Keep stdout intact when piped into `head`.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});


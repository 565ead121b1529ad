/** Command-line options of `npm run bench` (see run.ts for what each does). */
import { PROFILES, type Profile } from './profiles';

/** A mistake on the command line: reported as one line, without a stack trace. */
export class UsageError extends Error {}

export interface BenchOptions {
  runs: number;
  build: boolean;
  profiles: Profile[];
  scale: number;
  budgetOnly: boolean;
}

/** The value of `--name value` or `--name=value` in `args`, or undefined when it is absent. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.slice(name.length + 1) : args[i + 1];
}

/**
 * Parses the bench's arguments. vite-node hands the script its arguments in process.argv, with
 * npm's `--` separator possibly still there; both `--runs 3` and `--runs=3` work.
 */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const args = argv.filter((a) => a !== '--');
  const known = new Set(['--runs', '--no-build', '--profiles', '--scale', '--budget-only']);
  const value = (name: string) => optionValue(args, name);
  for (const a of args) {
    if (a.startsWith('--') && !known.has(a.split('=')[0]!)) throw new UsageError(`unknown option ${a} (${[...known].join(', ')})`);
  }
  const runs = Number(value('--runs') ?? 5);
  const scale = Number(value('--scale') ?? 10_000);
  const names = (value('--profiles') ?? Object.keys(PROFILES).join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!(n in PROFILES)) throw new UsageError(`unknown profile "${n}" (${Object.keys(PROFILES).join(', ')})`);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a positive integer, not ${value('--runs')}`);
  if (!Number.isInteger(scale) || scale < 0) throw new UsageError(`--scale must be a whole number, not ${value('--scale')}`);
  return {
    runs, scale,
    build: !args.includes('--no-build'),
    budgetOnly: args.includes('--budget-only'),
    profiles: names.map((n) => PROFILES[n as Profile['name']]),
  };
}

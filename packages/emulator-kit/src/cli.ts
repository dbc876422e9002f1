import { parseArgs } from 'node:util';

const DEFAULT_HOST = '127.0.0.1';

/** A setting beyond where to listen: `--flag value`, else the environment, else the default. */
export interface CliSetting {
  flag: string;
  /** The variable the apps read, so that one environment sets both sides of a conversation with the emulator. */
  env: string;
  default: string;
}

export interface EmulatorCli<Setting extends string> {
  /** How the emulator names itself in what it prints: `graph emulator`. */
  name: string;
  /** The command, for the usage text: `graph-emulator`. */
  command: string;
  defaultPort: number;
  /** The variables read when --port or --host is not given. */
  portEnv: string;
  hostEnv: string;
  settings: Record<Setting, CliSetting>;
  start(options: { port: number; host: string } & Record<NoInfer<Setting>, string>): Promise<{ url: string; close(): Promise<void> }>;
}

/**
 * An emulator's command: reads where to listen and its settings from flags
 * or the environment (exit 1 with the usage when they make no sense), starts
 * it, prints `<name> listening at <url>`, and closes it on SIGTERM or SIGINT.
 */
export async function runEmulatorCli<Setting extends string>(cli: EmulatorCli<Setting>): Promise<void> {
  const emulator = await cli.start(readOptions(cli));
  closeOnSignals(cli.name, emulator);
  // Printed only once the signal handlers are in place: whoever waits for this
  // line may stop the emulator at once, and a signal without a handler would
  // kill it instead of closing it. The URL is what the apps are pointed at.
  console.log(`${cli.name} listening at ${emulator.url}`);
}

function readOptions<Setting extends string>(cli: EmulatorCli<Setting>): { port: number; host: string } & Record<Setting, string> {
  const settings = Object.entries(cli.settings) as Array<[Setting, CliSetting]>;
  const fail = (message: string): never => {
    console.error(`${message}\n${usage(cli, settings)}`);
    process.exit(1);
  };
  const flags = ['port', 'host', ...settings.map(([, setting]) => setting.flag)];
  let values: Record<string, string | undefined> = {};
  try {
    ({ values } = parseArgs({ options: Object.fromEntries(flags.map((flag) => [flag, { type: 'string' as const }])), strict: true }));
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }

  // An empty --port counts as given: only a missing flag falls back to the environment.
  const rawPort = values.port ?? process.env[cli.portEnv];
  const port = rawPort === undefined || rawPort === '' ? cli.defaultPort : Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`${values.port === undefined ? cli.portEnv : '--port'} must be a port number (0-65535), not ${JSON.stringify(rawPort)}`);
  }
  const host = values.host || process.env[cli.hostEnv] || DEFAULT_HOST;
  const chosen = settings.map(([name, setting]) => [name, values[setting.flag] || process.env[setting.env] || setting.default]);
  return { ...(Object.fromEntries(chosen) as Record<Setting, string>), port, host };
}

function usage<Setting extends string>(cli: EmulatorCli<Setting>, settings: Array<[Setting, CliSetting]>): string {
  const flags = [`--port ${cli.defaultPort}`, `--host ${DEFAULT_HOST}`, ...settings.map(([, setting]) => `--${setting.flag} ${setting.default}`)];
  const variables = [cli.portEnv, cli.hostEnv, ...settings.map(([, setting]) => setting.env)];
  return `usage: ${cli.command} ${flags.map((flag) => `[${flag}]`).join(' ')}\n  (or the environment: ${variables.join(', ')})`;
}

function closeOnSignals(name: string, emulator: { close(): Promise<void> }): void {
  // One close however many signals arrive: Ctrl-C during a slow close must not close it twice.
  let closing = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      emulator.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(`${name}: could not close cleanly`, error);
          process.exit(1);
        },
      );
    });
  }
}

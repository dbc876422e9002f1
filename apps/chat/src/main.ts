import type { ChatSystem } from './chat-system.ts';
import { runChatSession } from './chat-session.ts';
import { emulatorHealth } from './emulator-health.ts';
import { startLocalSystem } from './local-system.ts';
import { newPsid } from './psid.ts';
import { attachToRunningSystem } from './running-system.ts';
import { readChatSettings } from './settings.ts';

/**
 * `pnpm chat`: talk to the bot as a Messenger user. Attaches to a running api
 * and Graph emulator, or starts its own and stops them on the way out.
 */
async function main(): Promise<number> {
  const settings = readChatSettings();
  const quit = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => quit.abort());

  const attach = await attachToRunningSystem(settings);
  if (attach.note !== undefined) console.log(`chat: ${attach.note}`);
  let system: ChatSystem;
  if (attach.attached) {
    system = attach.attached;
  } else {
    console.log('chat: starting a Graph emulator, the api and a worker of its own (a few seconds)…');
    try {
      system = await startLocalSystem(settings);
    } catch (error) {
      console.error(`chat: could not start the system: ${(error as Error).message}`);
      return 1;
    }
  }

  let exitCode = 0;
  try {
    const { last } = await emulatorHealth(system.emulatorUrl);
    const psid = newPsid();
    console.log(`chat: ${system.description}; you are Messenger user ${psid}. /help lists commands, /quit leaves.`);
    void system.crashed.then((reason) => {
      if (quit.signal.aborted) return;
      console.error(`chat: ${reason}`);
      exitCode = 1;
      quit.abort();
    });
    await runChatSession({ system, psid, since: last, quit });
  } finally {
    await system.stop();
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('chat:', error);
    process.exit(1);
  },
);

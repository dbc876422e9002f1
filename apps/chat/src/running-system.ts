import type { ChatSystem } from './chat-system.ts';
import { emulatorHealth } from './emulator-health.ts';
import { answers } from './http.ts';
import type { ChatSettings } from './settings.ts';

export interface AttachOutcome {
  attached?: ChatSystem;
  /** Why nothing was attached to although something answered. */
  note?: string;
}

/**
 * The system a person already runs: an api at CHAT_API_URL sending through a
 * Graph emulator at GRAPH_EMULATOR_URL. Both must answer; an api alone is of
 * no use, since its replies could not be read back.
 */
export async function attachToRunningSystem(settings: ChatSettings): Promise<AttachOutcome> {
  const [apiUp, health] = await Promise.all([answers(`${settings.apiUrl}/`), emulatorHealth(settings.emulatorUrl).catch(() => undefined)]);
  if (!apiUp) return {};
  if (health === undefined) {
    return {
      note: `an api answers at ${settings.apiUrl} but no Graph emulator at ${settings.emulatorUrl}, so its replies cannot be read: starting a separate system`,
    };
  }
  return {
    attached: {
      apiUrl: settings.apiUrl,
      emulatorUrl: settings.emulatorUrl,
      appSecret: settings.appSecret,
      pageId: health.pageId,
      description: `attached to the api at ${settings.apiUrl} and the Graph emulator at ${settings.emulatorUrl}`,
      // Not ours to watch or stop: the person who started it does.
      crashed: new Promise<string>(() => {}),
      stop: async () => {},
    },
  };
}

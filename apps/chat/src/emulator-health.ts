import { getJson } from './http.ts';

export interface EmulatorHealth {
  pageId: string;
  /** The cursor of the newest call: reading from here skips everything before this session. */
  last: number;
}

/** The emulator's /__emulator/health, checked for the fields the chat relies on. */
export async function emulatorHealth(emulatorUrl: string, timeoutMs = 1500): Promise<EmulatorHealth> {
  const body = await getJson(`${emulatorUrl}/__emulator/health`, AbortSignal.timeout(timeoutMs));
  const { pageId, last } = (body ?? {}) as { pageId?: unknown; last?: unknown };
  if (typeof pageId !== 'string' || typeof last !== 'number') throw new Error(`${emulatorUrl} is not a Graph emulator (unexpected /__emulator/health)`);
  return { pageId, last };
}

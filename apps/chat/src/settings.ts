import { DEFAULT_DATABASE_URL } from '@ecitizen/config';

/** Where the chat looks for a running system, and what it starts otherwise. */
export interface ChatSettings {
  /** The api's base URL (…/api/v1/chatbot) to attach to. */
  apiUrl: string;
  /** A Graph emulator already running, to attach to. */
  emulatorUrl: string;
  /** Signs webhook deliveries; must be the api's FB_APP_SECRET. */
  appSecret: string;
  /** The database a self-contained run migrates and hands to the api and worker. */
  databaseUrl: string;
  /** Keys of a self-contained run, apart from those of a `pnpm start` on the same Redis. */
  redisPrefix: string;
}

// The apps' development defaults (packages/config), so a plain `pnpm start`
// next to the emulator is attached to with no variable set.
const DEFAULT_API_URL = 'http://127.0.0.1:3000/api/v1/chatbot';
const DEFAULT_EMULATOR_URL = 'http://127.0.0.1:4001';
const DEFAULT_APP_SECRET = 'ecitizen-dev-app-secret';
const DEFAULT_REDIS_PREFIX = 'ecitizen-chat:';

function setting(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? fallback : value;
}

export function readChatSettings(env: NodeJS.ProcessEnv = process.env): ChatSettings {
  return {
    apiUrl: setting(env, 'CHAT_API_URL', DEFAULT_API_URL).replace(/\/+$/, ''),
    emulatorUrl: setting(env, 'GRAPH_EMULATOR_URL', DEFAULT_EMULATOR_URL).replace(/\/+$/, ''),
    appSecret: setting(env, 'FB_APP_SECRET', DEFAULT_APP_SECRET),
    databaseUrl: setting(env, 'DATABASE_URL', DEFAULT_DATABASE_URL),
    redisPrefix: setting(env, 'REDIS_PREFIX', DEFAULT_REDIS_PREFIX),
  };
}

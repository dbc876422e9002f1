import { ConfigError, loadConfig } from '@ecitizen/config';
import { GraphApiError, SendApiClient } from '@ecitizen/messenger';
import { PAGE_PROFILE } from './page-profile.ts';
import { syncMessengerProfile } from './profile-sync.ts';

/**
 * `pnpm page:setup`: gives the page its Get Started button, greetings and
 * menu (page-profile.ts). Safe to run again: what is already set is left
 * alone. Exits 1 with Graph's reason when Graph refuses.
 */
async function main(): Promise<number> {
  const { messenger } = loadConfig(process.env, { service: 'worker' });
  const graph = new SendApiClient({ graphApiUrl: messenger.graphApiUrl, version: messenger.graphApiVersion, pageAccessToken: messenger.pageAccessToken });
  console.log(`page:setup: Messenger profile of the page at ${messenger.graphApiUrl} (${messenger.graphApiVersion})`);
  const outcomes = await syncMessengerProfile(graph, PAGE_PROFILE);
  for (const { field, change } of outcomes) console.log(`${field}: ${change}`);
  return 0;
}

function explain(error: unknown): string {
  if (error instanceof ConfigError) return error.message;
  if (error instanceof GraphApiError) {
    const hint = error.alert ? '\nSet FB_PAGE_ACCESS_TOKEN to a valid page access token of the page (with pages_messaging).' : '';
    return `page:setup failed: ${error.message}${hint}`;
  }
  return `page:setup failed: ${error instanceof Error ? error.message : String(error)}`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(explain(error));
    process.exit(1);
  },
);

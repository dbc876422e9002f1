import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { startGraphEmulator, type GraphEmulator } from '@ecitizen/graph-emulator';
import { spawnProcess } from '@ecitizen/testing';

const workerDir = fileURLToPath(new URL('..', import.meta.url));
let graph: GraphEmulator;
before(async () => {
  graph = await startGraphEmulator();
});
after(() => graph.close());

/** `pnpm page:setup` as the worker package runs it, against the emulator. */
async function setUpPage(overrides: Record<string, string> = {}) {
  const command = spawnProcess(process.execPath, ['--import', 'tsx', 'src/commands/setup-page.ts'], {
    cwd: workerDir,
    env: { GRAPH_API_URL: graph.url, FB_PAGE_ACCESS_TOKEN: graph.pageAccessToken, ...overrides },
  });
  const { code } = await command.exited;
  return { code, output: command.output() };
}

function profileCallMethods(): string[] {
  return graph.calls({ kind: 'messenger_profile' }).map((call) => call.method);
}

test('the first run sets Get Started, the greetings and the menu; a second run reads them and sends nothing', async () => {
  graph.reset();
  const first = await setUpPage();
  assert.equal(first.code, 0, first.output);
  assert.match(first.output, /^get_started: set$/m);
  assert.match(first.output, /^greeting: set$/m);
  assert.match(first.output, /^persistent_menu: set$/m);
  // One read, then every field in a single write.
  assert.deepEqual(profileCallMethods(), ['GET', 'POST']);

  const profile = graph.profile() as {
    get_started: unknown;
    greeting: Array<{ locale: string; text: string }>;
    persistent_menu: Array<{ locale: string; call_to_actions: unknown[] }>;
  };
  assert.deepEqual(profile.get_started, { payload: 'GET_STARTED' });
  assert.deepEqual(
    profile.greeting.map((greeting) => greeting.locale),
    ['default', 'sw_KE'],
  );
  for (const { text } of profile.greeting) assert.ok([...text].length <= 160, text);
  assert.match(profile.greeting[0]!.text, /eCitizen/);
  assert.match(profile.greeting[1]!.text, /Habari/);
  assert.equal(profile.persistent_menu[0]!.locale, 'default');
  assert.deepEqual(profile.persistent_menu[0]!.call_to_actions, [
    { type: 'postback', title: 'Ask a question', payload: 'ASK_QUESTION' },
    { type: 'postback', title: 'Talk to a person', payload: 'HUMAN_AGENT_REQUEST' },
    { type: 'web_url', title: 'eCitizen help', url: 'https://www.ecitizen.go.ke/' },
  ]);

  const second = await setUpPage();
  assert.equal(second.code, 0, second.output);
  assert.match(second.output, /^get_started: unchanged$/m);
  assert.match(second.output, /^greeting: unchanged$/m);
  assert.match(second.output, /^persistent_menu: unchanged$/m);
  assert.deepEqual(profileCallMethods(), ['GET', 'POST', 'GET'], 'the second run only reads');
});

test('a field that differs is sent again, and only that one', async () => {
  graph.reset();
  assert.equal((await setUpPage()).code, 0);
  const response = await fetch(`${graph.url}/v23.0/me/messenger_profile?access_token=${graph.pageAccessToken}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ greeting: [{ locale: 'default', text: 'Set by hand in the page settings' }] }),
  });
  assert.equal(response.status, 200);

  const run = await setUpPage();
  assert.equal(run.code, 0, run.output);
  assert.match(run.output, /^greeting: updated$/m);
  assert.match(run.output, /^get_started: unchanged$/m);
  const lastPost = graph.calls({ kind: 'messenger_profile' }).at(-1)!;
  assert.equal(lastPost.method, 'POST');
  assert.deepEqual(Object.keys(lastPost.body as object), ['greeting']);
  assert.equal((graph.profile().greeting as unknown[]).length, 2);
});

test('what Graph returns in its own way (locales reordered, defaults filled in) counts as unchanged', async () => {
  graph.reset();
  assert.equal((await setUpPage()).code, 0);
  const { greeting, persistent_menu: menus } = graph.profile() as { greeting: unknown[]; persistent_menu: Array<{ call_to_actions: object[] }> };
  const asGraphReturnsIt = {
    greeting: [...greeting].reverse(),
    persistent_menu: menus.map((menu) => ({ ...menu, call_to_actions: menu.call_to_actions.map((item) => ({ webview_height_ratio: 'full', ...item })) })),
  };
  const response = await fetch(`${graph.url}/v23.0/me/messenger_profile?access_token=${graph.pageAccessToken}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(asGraphReturnsIt),
  });
  assert.equal(response.status, 200);
  const posts = () => profileCallMethods().filter((method) => method === 'POST').length;
  const before = posts();

  const run = await setUpPage();
  assert.equal(run.code, 0, run.output);
  assert.match(run.output, /^greeting: unchanged$/m);
  assert.match(run.output, /^persistent_menu: unchanged$/m);
  assert.equal(posts(), before);
});

test('a token Graph refuses stops it with exit code 1 and the reason', async () => {
  graph.reset();
  const run = await setUpPage({ FB_PAGE_ACCESS_TOKEN: 'wrong' });
  assert.equal(run.code, 1, run.output);
  assert.match(run.output, /invalid page access token/);
  assert.match(run.output, /FB_PAGE_ACCESS_TOKEN/);
  assert.deepEqual(graph.profile(), {});
});

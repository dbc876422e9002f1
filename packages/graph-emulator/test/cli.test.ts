import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { spawnProcess, type Spawned } from '@ecitizen/testing';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

function runCli(env: Record<string, string>, args: string[] = []): Spawned {
  return spawnProcess(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: process.cwd(), env });
}

/** The URL the CLI prints once it listens. */
async function listeningUrl(cli: Spawned): Promise<string> {
  return (await cli.waitFor(/graph emulator listening at (http:\/\/\S+)/))[1]!;
}

test('the CLI serves the emulator with the token from the environment and stops on SIGTERM', async () => {
  const cli = runCli({ GRAPH_EMULATOR_PORT: '0', FB_PAGE_ACCESS_TOKEN: 'cli-token' });
  try {
    const url = await listeningUrl(cli);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const send = (token: string) =>
      fetch(`${url}/v23.0/me/messages?access_token=${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ recipient: { id: '1' }, messaging_type: 'RESPONSE', message: { text: 'hi' } }),
      });
    assert.equal((await send('cli-token')).status, 200);
    assert.equal((await send('test-page-token')).status, 400);
    const messages = (await (await fetch(`${url}/__emulator/messages`)).json()) as { messages: Array<{ text: string }> };
    assert.deepEqual(
      messages.messages.map((message) => message.text),
      ['hi'],
    );

    cli.child.kill('SIGTERM');
    assert.equal((await cli.exited).code, 0);
  } finally {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  }
});

test('the CLI refuses a port that is not one', async () => {
  const cli = runCli({ GRAPH_EMULATOR_PORT: 'forty' });
  assert.equal((await cli.exited).code, 1);
  assert.match(cli.errors(), /GRAPH_EMULATOR_PORT/);
});

test('flags win over the environment, as in the OpenAI emulator\'s CLI', async () => {
  const cli = runCli({ GRAPH_EMULATOR_PORT: 'forty', FB_PAGE_ACCESS_TOKEN: 'env-token' }, ['--port', '0', '--page-access-token', 'flag-token']);
  try {
    const url = await listeningUrl(cli);
    const response = await fetch(`${url}/v23.0/me/messages?access_token=flag-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: { id: '1' }, messaging_type: 'RESPONSE', message: { text: 'hi' } }),
    });
    assert.equal(response.status, 200);
    cli.child.kill('SIGINT');
    assert.equal((await cli.exited).code, 0);
  } finally {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  }
});

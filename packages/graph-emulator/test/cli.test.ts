import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

function runCli(env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the URL the CLI prints once it listens. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /graph emulator listening at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the CLI exited (${code}) before listening: ${output}`)));
  });
}

test('the CLI serves the emulator with the token from the environment and stops on SIGTERM', async () => {
  const child = runCli({ GRAPH_EMULATOR_PORT: '0', FB_PAGE_ACCESS_TOKEN: 'cli-token' });
  try {
    const url = await listeningUrl(child);
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

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('the CLI refuses a port that is not one', async () => {
  const child = runCli({ GRAPH_EMULATOR_PORT: 'forty' });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = await once(child, 'exit');
  assert.equal(code, 1);
  assert.match(errors, /GRAPH_EMULATOR_PORT/);
});

test('flags win over the environment, as in the OpenAI emulator\'s CLI', async () => {
  const child = runCli({ GRAPH_EMULATOR_PORT: 'forty', FB_PAGE_ACCESS_TOKEN: 'env-token' }, ['--port', '0', '--page-access-token', 'flag-token']);
  try {
    const url = await listeningUrl(child);
    const response = await fetch(`${url}/v23.0/me/messages?access_token=flag-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ recipient: { id: '1' }, messaging_type: 'RESPONSE', message: { text: 'hi' } }),
    });
    assert.equal(response.status, 200);
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    assert.equal((await exited)[0], 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { spawnProcess, type Spawned } from '@ecitizen/testing';
import OpenAI, { AuthenticationError } from 'openai';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

function runCli(args: string[]): Spawned {
  // OPENAI_API_KEY is cleared so that a developer's own key cannot decide which key the CLI wants.
  return spawnProcess(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: process.cwd(), env: { OPENAI_API_KEY: '' } });
}

/** The URL the CLI prints once it listens. */
async function listeningUrl(cli: Spawned): Promise<string> {
  return (await cli.waitFor(/openai emulator listening at (http:\/\/\S+)/))[1]!;
}

test('the CLI serves the emulator with the key given and stops on SIGTERM', async () => {
  const cli = runCli(['--port', '0', '--api-key', 'cli-key']);
  try {
    const url = await listeningUrl(cli);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);

    const client = new OpenAI({ apiKey: 'cli-key', baseURL: url, maxRetries: 0 });
    const completion = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Title: Passport\nhttps://www.ecitizen.go.ke/passport' },
        { role: 'user', content: 'passport?' },
      ],
    });
    assert.equal(completion.choices[0]!.message.content, 'For "Passport", you can apply here: https://www.ecitizen.go.ke/passport');

    const wrongKey = new OpenAI({ apiKey: 'test-openai-key', baseURL: url, maxRetries: 0 });
    await assert.rejects(wrongKey.models.list(), AuthenticationError);

    const requests = (await (await fetch(new URL('/__emulator/requests', url))).json()) as { requests: Array<{ status: number }> };
    assert.deepEqual(
      requests.requests.map((request) => request.status),
      [200, 401],
    );

    cli.child.kill('SIGTERM');
    assert.equal((await cli.exited).code, 0);
  } finally {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  }
});

test('SIGINT stops it too', async () => {
  const cli = runCli(['--port', '0']);
  try {
    await listeningUrl(cli);
    cli.child.kill('SIGINT');
    assert.equal((await cli.exited).code, 0);
  } finally {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  }
});

for (const args of [['--port', 'forty'], ['--prot', '4002']]) {
  test(`the CLI refuses ${args.join(' ')} with its usage`, async () => {
    const cli = runCli(args);
    assert.equal((await cli.exited).code, 1);
    assert.match(cli.errors(), /usage: openai-emulator/);
  });
}

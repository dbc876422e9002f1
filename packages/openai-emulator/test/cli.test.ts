import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import OpenAI, { AuthenticationError } from 'openai';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

function runCli(args: string[]): ChildProcess {
  // OPENAI_API_KEY is cleared so that a developer's own key cannot decide which key the CLI wants.
  return spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { env: { ...process.env, OPENAI_API_KEY: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the base URL the CLI prints once it listens. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /openai emulator listening at (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the CLI exited (${code}) before listening: ${output}`)));
  });
}

test('the CLI serves the emulator with the key given and stops on SIGTERM', async () => {
  const child = runCli(['--port', '0', '--api-key', 'cli-key']);
  try {
    const url = await listeningUrl(child);
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

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    assert.equal(code, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test('SIGINT stops it too', async () => {
  const child = runCli(['--port', '0']);
  try {
    await listeningUrl(child);
    const exited = once(child, 'exit');
    child.kill('SIGINT');
    assert.equal((await exited)[0], 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

for (const args of [['--port', 'forty'], ['--prot', '4002']]) {
  test(`the CLI refuses ${args.join(' ')} with its usage`, async () => {
    const child = runCli(args);
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(errors, /usage: openai-emulator/);
  });
}

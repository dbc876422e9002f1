import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig, loadModelSettings } from '../src/index.ts';

test('defaults work on a developer machine', () => {
  const config = loadConfig({});
  assert.equal(config.databaseUrl, 'mysql://root@127.0.0.1:3306/ecitizen_chatbot');
  assert.equal(config.redisUrl, 'redis://127.0.0.1:6379');
  assert.equal(config.port, 3000);
  assert.equal(config.accessTokenTtl, 900);
  assert.equal(config.refreshTokenTtl, 30 * 24 * 3600);
  assert.equal(config.logLevel, 'info');
  assert.equal(config.jwtSecret.length, 64, 'a generated development secret');
  assert.match(config.warnings.join(), /JWT_SECRET is not set/);
});

test('production refuses to start without JWT_SECRET, naming it', () => {
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.match(error.message, /JWT_SECRET is required when NODE_ENV=production/);
    return true;
  });
});

test('the worker does not need JWT_SECRET, even in production', () => {
  const config = loadConfig({ NODE_ENV: 'production', FB_PAGE_ACCESS_TOKEN: 'EAAB-page-token' }, { service: 'worker' });
  assert.equal(config.jwtSecret, '');
  assert.equal(config.messenger.pageAccessToken, 'EAAB-page-token');
  assert.deepEqual(config.warnings, []);
});

test('production needs the Meta credentials of each process', () => {
  assert.throws(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }), (error: unknown) => {
    assert.ok(error instanceof ConfigError);
    assert.deepEqual(error.problems.map((p) => p.split(' ')[0]), ['FB_VERIFY_TOKEN', 'FB_APP_SECRET']);
    return true;
  });
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }, { service: 'worker' }), /FB_PAGE_ACCESS_TOKEN is required when NODE_ENV=production/);
});

test('Messenger and worker settings have working defaults', () => {
  const config = loadConfig({});
  assert.equal(config.messenger.graphApiUrl, 'https://graph.facebook.com');
  assert.equal(config.messenger.graphApiVersion, 'v23.0');
  assert.equal(config.worker.turnDebounceMs, 1500);
  assert.equal(config.worker.typingRefreshMs, 15_000);
  assert.equal(loadConfig({ GRAPH_API_URL: 'http://127.0.0.1:4001/' }).messenger.graphApiUrl, 'http://127.0.0.1:4001');
});

test('a short JWT_SECRET is refused', () => {
  assert.throws(() => loadConfig({ JWT_SECRET: 'short' }), /JWT_SECRET must be at least 32 characters/);
});

test('every problem is reported at once, each naming its variable', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty', ACCESS_TOKEN_TTL: '-5', DATABASE_URL: 'postgres://x/y', REDIS_URL: 'not a url', LOG_LEVEL: 'loud', TRUST_PROXY: 'maybe' }),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.problems.length, 6);
      assert.match(error.message, /PORT must be a whole number from 0 to 65535 \(got "eighty"\)/);
      assert.match(error.message, /ACCESS_TOKEN_TTL must be a whole number of at least 1/);
      assert.match(error.message, /DATABASE_URL must start with mysql:\/\/ or mariadb:\/\//);
      assert.match(error.message, /REDIS_URL is not a valid URL/);
      assert.match(error.message, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
      assert.match(error.message, /TRUST_PROXY must be true or false/);
      assert.match(error.message, /\.env\.example/);
      return true;
    },
  );
});

test('values are read and typed', () => {
  const config = loadConfig({
    PORT: '8080',
    HOST: '0.0.0.0',
    JWT_SECRET: 'x'.repeat(40),
    ACCESS_TOKEN_TTL: '60',
    REFRESH_TOKEN_TTL: '3600',
    TRUST_PROXY: 'true',
    REDIS_PREFIX: 'staging:',
  });
  assert.equal(config.port, 8080);
  assert.equal(config.host, '0.0.0.0');
  assert.equal(config.accessTokenTtl, 60);
  assert.equal(config.refreshTokenTtl, 3600);
  assert.equal(config.trustProxy, true);
  assert.equal(config.redisPrefix, 'staging:');
  assert.deepEqual(config.warnings, []);
});

test('the model settings alone (for the import): embeddings only when a model is named for them', () => {
  const none = loadModelSettings({});
  assert.equal(none.apiKey, '');
  assert.equal(none.embeddingModel, '');
  const set = loadModelSettings({ OPENAI_API_KEY: 'sk-test', OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' });
  assert.equal(set.embeddingModel, 'text-embedding-3-small');
  assert.equal(set.baseUrl, 'http://127.0.0.1:9/v1');
  assert.deepEqual(loadConfig({ OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small' }).model.embeddingModel, 'text-embedding-3-small');
  assert.throws(() => loadModelSettings({ OPENAI_MAX_RETRIES: 'many' }), (error: unknown) => error instanceof ConfigError && /OPENAI_MAX_RETRIES/.test(error.message));
});

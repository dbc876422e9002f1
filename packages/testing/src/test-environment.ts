import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from '@ecitizen/config';
import { createTestDatabase, type TestDatabase } from './test-database.ts';
import { deleteRedisPrefix, TEST_REDIS_URL, uniqueRedisPrefix } from './test-redis.ts';

export interface TestEnvironment {
  database: TestDatabase;
  redisPrefix: string;
  /** The environment variables a process of this test run gets (for spawned apps). */
  env: Record<string, string>;
  /** Configuration as the apps would load it from `env`, plus overrides. */
  config(overrides?: Record<string, string>, service?: 'api' | 'worker'): Config;
  cleanup(): Promise<void>;
}

/** Its own database and Redis prefix for one test file, on the real local servers. */
export async function createTestEnvironment(): Promise<TestEnvironment> {
  const database = await createTestDatabase();
  const redisPrefix = uniqueRedisPrefix();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  };
  return {
    database,
    redisPrefix,
    env,
    config: (overrides = {}, service = 'api') => loadConfig({ ...env, ...overrides }, { service }),
    async cleanup() {
      await Promise.all([database.drop(), deleteRedisPrefix(redisPrefix)]);
    },
  };
}

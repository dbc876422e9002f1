export { createTestDatabase, dropDatabase, sqlQuery, TEST_SERVER_URL } from './test-database.ts';
export type { TestDatabase } from './test-database.ts';
export { deleteRedisPrefix, uniqueRedisPrefix, TEST_REDIS_URL } from './test-redis.ts';
export { createTestEnvironment } from './test-environment.ts';
export type { TestEnvironment } from './test-environment.ts';
export { freePort, spawnProcess, signalGroup, waitUntil } from './processes.ts';
export type { Spawned } from './processes.ts';
export { startOwnRedis } from './redis-server.ts';
export type { OwnRedis } from './redis-server.ts';

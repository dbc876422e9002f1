import type { PoolConfig } from 'mariadb';

/** The name of the database a mysql:// URL points at. */
export function databaseName(databaseUrl: string): string {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_$-]{1,64}$/.test(name)) {
    throw new Error(`DATABASE_URL must name a database made of letters, digits, _ $ or - (got "${name}")`);
  }
  return name;
}

/** The same server and credentials, another database. */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/**
 * mariadb pool settings from a mysql:// URL. Query parameters `connection_limit`
 * (default 20) and `connect_timeout` (seconds) are honoured as Prisma's own URLs
 * spell them; `minimum_idle` (default 2) is how many stay open when idle.
 */
export function poolConfigFromUrl(databaseUrl: string, options: { database?: boolean; connectionLimit?: number } = {}): PoolConfig {
  const url = new URL(databaseUrl);
  const params = url.searchParams;
  const connectTimeout = Number(params.get('connect_timeout') ?? 10) * 1000;
  const config: PoolConfig = {
    host: url.hostname || '127.0.0.1',
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    connectionLimit: Number(params.get('connection_limit') ?? options.connectionLimit ?? 20),
    // Open connections as load needs them, not the whole pool at start: many
    // processes share one server's max_connections.
    minimumIdle: Number(params.get('minimum_idle') ?? 2),
    idleTimeout: 60,
    connectTimeout,
    acquireTimeout: connectTimeout + 5000,
    // MySQL 8's default caching_sha2_password needs the server's public key
    // over a non-TLS connection; without it, auth fails as a pool timeout.
    allowPublicKeyRetrieval: true,
    timezone: 'Z',
  };
  if (options.database !== false) config.database = databaseName(databaseUrl);
  return config;
}

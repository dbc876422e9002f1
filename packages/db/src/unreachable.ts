// mariadb's codes for a server it cannot reach or that went away mid-command
// (lib/misc/errors.js): closed connection, socket closed, connect timeout,
// socket error, socket timeout, no connection from the pool in time, pool
// cannot create connections.
const CONNECTION_CODES = new Set(['45001', '45009', '45012', '45019', '45026', '45028', '45060', '45061']);
// Prisma's own: cannot reach the server, timed out, closed the connection, pool timeout.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017', 'P2024']);
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE']);

/**
 * Whether an error means MySQL cannot be reached (as opposed to a bad query or
 * a constraint): the api answers those with 503 and "try again", the worker
 * retries the job. Prisma wraps the driver's error in `meta.driverAdapterError`
 * and the driver its own in `cause`, so the whole chain is looked at.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value) || depth > 6) return false;
    seen.add(value);
    const record = value as Record<string, unknown>;
    for (const key of ['code', 'originalCode', 'errno']) {
      const code = record[key];
      if (code === undefined || code === null) continue;
      const text = String(code);
      if (CONNECTION_CODES.has(text) || PRISMA_CODES.has(text) || SOCKET_CODES.has(text)) return true;
    }
    const meta = record.meta as Record<string, unknown> | undefined;
    return visit(record.cause, depth + 1) || visit(meta?.driverAdapterError, depth + 1) || (Array.isArray(record.errors) && record.errors.some((inner) => visit(inner, depth + 1)));
  };
  return visit(error, 0);
}

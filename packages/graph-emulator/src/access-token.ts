import type { IncomingHttpHeaders } from 'node:http';

/** The access token of a Graph call: the `access_token` query parameter, else an `Authorization: Bearer` header. */
export function accessTokenOf(query: Record<string, unknown>, headers: IncomingHttpHeaders): string | undefined {
  if (typeof query.access_token === 'string') return query.access_token;
  const authorization = headers.authorization;
  if (authorization === undefined) return undefined;
  const match = /^(?:Bearer|OAuth)\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1];
}

import type { IncomingHttpHeaders } from 'node:http';
import { missingKeyError, wrongKeyError, type OpenAIError } from './openai-errors.ts';

/** OpenAI's answer when the `Authorization: Bearer` key is missing or not `apiKey`; undefined when it is right. */
export function checkApiKey(headers: IncomingHttpHeaders, apiKey: string): OpenAIError | undefined {
  const authorization = headers.authorization;
  if (authorization === undefined || authorization.trim() === '') return missingKeyError();
  const match = /^Bearer\s+(\S*)\s*$/i.exec(authorization);
  const key = match?.[1] ?? '';
  if (key === '') return missingKeyError();
  return key === apiKey ? undefined : wrongKeyError(key);
}

import type { LoggerOptions } from 'pino';
import type { Config } from '@ecitizen/config';

/**
 * pino settings. Tokens and passwords must never reach a log line: request
 * bodies are not logged at all, and the headers that carry credentials are
 * redacted wherever a serializer might print them.
 */
export function loggerOptions(config: Config): LoggerOptions {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        'headers.authorization',
        'headers.cookie',
        '*.password',
        '*.access_token',
        '*.refresh_token',
      ],
      censor: '[redacted]',
    },
  };
}

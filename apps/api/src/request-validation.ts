import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// Fastify's own defaults, minus coercion.
const COMMON: Options = { useDefaults: true, removeAdditional: true, allErrors: false, addUsedSchema: false };

/**
 * JSON bodies are validated as sent (a number given as a string is an error,
 * as the original API had it), while the query string and path parameters,
 * which are always text, are coerced to the types their schemas name.
 */
export function requestValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const strict = addFormats.default(new Ajv({ ...COMMON, coerceTypes: false }));
  const coercing = addFormats.default(new Ajv({ ...COMMON, coerceTypes: 'array' }));
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as object);
}

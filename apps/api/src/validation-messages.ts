import type { FastifySchemaValidationError, SchemaErrorDataVar } from 'fastify/types/schema.js';

/**
 * Turns Ajv's errors into one plain sentence, e.g. "password must be at
 * least 8 characters; email is required".
 */
export function describeValidationErrors(errors: FastifySchemaValidationError[], context: SchemaErrorDataVar | undefined): string {
  const sentences = errors.map((error) => describe(error, context ?? 'body'));
  return [...new Set(sentences)].join('; ');
}

function describe(error: FastifySchemaValidationError, context: string): string {
  const field = error.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const subject = field || (context === 'body' ? 'The request body' : context);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${field ? `${field}.` : ''}${String(params.missingProperty)} is required`;
    case 'type':
      return field ? `${field} must be a ${String(params.type)}` : `${subject} must be a JSON ${String(params.type)}`;
    case 'minLength':
      return `${subject} must be at least ${String(params.limit)} characters`;
    case 'maxLength':
      return `${subject} must be at most ${String(params.limit)} characters`;
    case 'enum':
      return `${subject} must be one of: ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'format':
      return `${subject} must be a valid ${String(params.format)}`;
    case 'minimum':
    case 'maximum':
      return `${subject} ${error.message ?? 'is out of range'}`;
    case 'additionalProperties':
      return `${subject} has an unknown field "${String(params.additionalProperty)}"`;
    default:
      return `${subject} ${error.message ?? 'is invalid'}`;
  }
}

import { invalidRequest, invalidType, invalidValue, missingParameter, RefusedRequest } from './openai-errors.ts';
import { embed, toBase64 } from './feature-hashing.ts';
import { optionalNumber, requireModel, requireObjectBody } from './request-fields.ts';
import { approximateTokens } from './tokens.ts';

/** OpenAI's limits on one request. */
const MAX_INPUTS = 2048;
export const MAX_DIMENSIONS = 4096;
const ENCODINGS = ['float', 'base64'] as const;

export interface EmbeddingRequest {
  model: string;
  /** Each input as text; token arrays become "t<id>" words, so they hash deterministically too. */
  texts: string[];
  encoding: (typeof ENCODINGS)[number];
  dimensions?: number;
}

function emptyInput(): RefusedRequest {
  return new RefusedRequest(invalidRequest("'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", 'input'));
}

function isTokenArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.length > 0 && value.every((token) => Number.isInteger(token) && (token as number) >= 0);
}

function textsOf(input: unknown): string[] {
  if (input === undefined || input === null) throw new RefusedRequest(missingParameter('input'));
  if (typeof input === 'string') {
    if (input === '') throw emptyInput();
    return [input];
  }
  if (!Array.isArray(input)) throw new RefusedRequest(invalidType('input', 'one of a string or an array', input));
  if (input.length === 0) throw emptyInput();
  if (input.length > MAX_INPUTS) throw new RefusedRequest(invalidRequest(`'input' : maximum ${MAX_INPUTS} inputs are allowed per request.`, 'input'));
  if (isTokenArray(input)) return [input.map((token) => `t${token}`).join(' ')];
  return input.map((item: unknown, index) => {
    if (typeof item === 'string') {
      if (item === '') throw emptyInput();
      return item;
    }
    if (isTokenArray(item)) return item.map((token) => `t${token}`).join(' ');
    throw new RefusedRequest(invalidType(`input[${index}]`, 'a string', item));
  });
}

export function parseEmbeddingRequest(input: unknown): EmbeddingRequest {
  const body = requireObjectBody(input);
  const model = requireModel(body);
  const texts = textsOf(body.input);
  const { encoding_format: encoding } = body;
  if (encoding !== undefined && encoding !== null && !(ENCODINGS as readonly unknown[]).includes(encoding)) {
    throw new RefusedRequest(invalidValue('encoding_format', encoding, ENCODINGS));
  }
  optionalNumber(body, 'dimensions', { min: 1, max: MAX_DIMENSIONS, integer: true });
  const dimensions = typeof body.dimensions === 'number' ? body.dimensions : undefined;
  return { model, texts, encoding: encoding === 'base64' ? 'base64' : 'float', ...(dimensions === undefined ? {} : { dimensions }) };
}

export interface EmbeddingsBody {
  object: 'list';
  data: Array<{ object: 'embedding'; index: number; embedding: number[] | string }>;
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
}

export function embeddingsBody(request: EmbeddingRequest, defaultDimensions: number): EmbeddingsBody {
  const dimensions = request.dimensions ?? defaultDimensions;
  const data = request.texts.map((text, index) => {
    const vector = embed(text, dimensions);
    return { object: 'embedding' as const, index, embedding: request.encoding === 'base64' ? toBase64(vector) : vector };
  });
  const tokens = request.texts.reduce((sum, text) => sum + approximateTokens(text), 0);
  return { object: 'list', data, model: request.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

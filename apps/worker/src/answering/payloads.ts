/** Postback and quick-reply payloads the bot sends and understands. */
export const GET_STARTED_PAYLOAD = 'GET_STARTED';
export const ASK_QUESTION_PAYLOAD = 'ASK_QUESTION';
export const HUMAN_AGENT_PAYLOAD = 'HUMAN_AGENT_REQUEST';

/** A quick reply naming one knowledge entry: `KB:<kind>:<external id>`. */
export function knowledgePayload(kind: string, externalId: string): string {
  return `KB:${kind}:${externalId}`;
}

export function parseKnowledgePayload(payload: string | null | undefined): { kind: string; externalId: string } | undefined {
  const match = /^KB:(service|faq|agency|article):([\w-]{1,64})$/.exec(payload ?? '');
  return match ? { kind: match[1]!, externalId: match[2]! } : undefined;
}

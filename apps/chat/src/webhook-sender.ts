import { signPayload, type WebhookBody } from '@ecitizen/messenger';

export type DeliveryOutcome = { ok: true } | { ok: false; problem: string };

/** POSTs deliveries to the api's webhook, signed with the app secret as Meta signs them. */
export async function deliver(apiUrl: string, appSecret: string, body: WebhookBody): Promise<DeliveryOutcome> {
  // The signature covers these exact bytes, so they are sent as signed.
  const raw = JSON.stringify(body);
  try {
    const response = await fetch(`${apiUrl}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signPayload(raw, appSecret) },
      body: raw,
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (response.ok) return { ok: true };
    const hint = response.status === 403 ? ' (is FB_APP_SECRET the api’s?)' : '';
    return { ok: false, problem: `the webhook answered ${response.status}${hint}: ${text.slice(0, 200)}` };
  } catch (error) {
    return { ok: false, problem: `the api at ${apiUrl} did not answer: ${(error as Error).message}` };
  }
}

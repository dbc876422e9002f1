import { createHash, randomBytes } from 'node:crypto';
import formbody from '@fastify/formbody';
import type { FastifyError } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '@ecitizen/db';
import { verifySignedRequest } from './signed-request.ts';

const DELETION_PATH = '/facebook/data-deletion';
const STATUS_PATH = `${DELETION_PATH}/status`;

const ErrorBody = Type.Object({ status_code: Type.Integer(), message: Type.String() });

// Meta sends one field; a real signed request is a few hundred characters.
const DeletionBody = Type.Object({ signed_request: Type.String({ maxLength: 8192 }) });

/** Meta's contract: exactly these two fields. */
const DeletionResponse = Type.Object({ url: Type.String(), confirmation_code: Type.String() });

const StatusQuery = Type.Object({ code: Type.String({ minLength: 1, maxLength: 64 }) });

/** The status as JSON. An interface, not a response schema: the same route also answers HTML. */
interface StatusJson {
  status_code: number;
  confirmation_code: string;
  status: string;
  requested_at: string;
  completed_at: string | null;
  conversations_deleted: number;
  messages_deleted: number;
}

/** The columns of a data_deletion_requests row the status page shows. */
interface DeletionRecord {
  confirmationCode: string;
  status: string;
  requestedAt: Date;
  completedAt: Date | null;
  conversationsDeleted: number;
  messagesDeleted: number;
}

const FORM_EXPECTED = 'Send signed_request as a form (Content-Type: application/x-www-form-urlencoded)';

const NOT_FOUND_MESSAGE =
  'No data deletion request has this confirmation code. Check that the link is the one Facebook gave you, or contact eCitizen support with the code.';

/**
 * Meta's data deletion callback and the status page its answer links to.
 *
 * Messenger knows people by page-scoped ids (PSIDs), which is what
 * conversations store; this callback names them by app-scoped id (ASID).
 * Conversations are deleted where the two coincide. Where a page's PSIDs
 * differ from ASIDs, mapping one to the other needs Meta's ID-matching API,
 * which this service cannot reach; the request is recorded either way (with
 * the count of what was deleted, possibly none) so it can be followed up.
 */
export const dataDeletionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // This scope only: Meta posts a form here, while the rest of the API takes JSON alone.
  await app.register(formbody);
  // The API's own wording assumes JSON bodies; here, say that a form is expected.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(415).send({ status_code: 415, message: FORM_EXPECTED });
    // A body of another kind (plain text, a JSON array) fails validation as a whole.
    if (error.validationContext === 'body' && error.validation?.some((problem) => problem.instancePath === '' && problem.keyword === 'type')) {
      return reply.code(400).send({ status_code: 400, message: FORM_EXPECTED });
    }
    throw error; // the API's error handler words everything else
  });

  app.post(DELETION_PATH, { schema: { body: DeletionBody, response: { 200: DeletionResponse, '4xx': ErrorBody } } }, async (request, reply) => {
    const check = verifySignedRequest(request.body.signed_request, app.config.messenger.appSecret);
    if (!check.ok) {
      request.log.warn({ fault: check.fault }, 'data deletion request refused');
      const status = check.fault === 'forged' ? 403 : 400;
      return reply.code(status).send({ status_code: status, message: check.reason });
    }
    const record = await deletePersonData(app.db, check.payload.user_id);
    request.log.info(
      { confirmationCode: record.confirmationCode, conversations: record.conversationsDeleted, messages: record.messagesDeleted },
      'data deletion completed',
    );
    const url = `${app.config.publicUrl}${app.prefix}${STATUS_PATH}?code=${encodeURIComponent(record.confirmationCode)}`;
    return { url, confirmation_code: record.confirmationCode };
  });

  app.get(STATUS_PATH, { schema: { querystring: StatusQuery } }, async (request, reply) => {
    const record = await app.db.dataDeletionRequest.findUnique({ where: { confirmationCode: request.query.code } });
    // The same URL answers a browser and a JSON client, and a status can change.
    reply.header('vary', 'Accept').header('cache-control', 'no-store');
    const json = wantsJson(request.headers.accept);
    const sendPage = (status: number, title: string, body: string) =>
      // Nothing on the page runs or loads: inline style only.
      reply.code(status).type('text/html; charset=utf-8').header('content-security-policy', PAGE_CSP).send(htmlPage(title, body));
    if (!record) {
      if (json) return reply.code(404).send({ status_code: 404, message: NOT_FOUND_MESSAGE });
      return sendPage(404, 'Request not found', `<p>${escapeHtml(NOT_FOUND_MESSAGE)}</p>`);
    }
    if (json) {
      const body: StatusJson = {
        status_code: 200,
        confirmation_code: record.confirmationCode,
        status: record.status,
        requested_at: record.requestedAt.toISOString(),
        completed_at: record.completedAt?.toISOString() ?? null,
        conversations_deleted: record.conversationsDeleted,
        messages_deleted: record.messagesDeleted,
      };
      return body;
    }
    return sendPage(200, 'Data deletion request', statusHtml(record));
  });
};

/**
 * Deletes every conversation of the person (their messages and turns go by
 * cascade) and records the request, in one transaction so that the record
 * never claims a deletion that did not happen. Messages are deleted first
 * only to count them exactly.
 */
async function deletePersonData(db: Database, userId: string): Promise<DeletionRecord> {
  const requestedAt = new Date();
  return db.$transaction(async (tx) => {
    const messages = await tx.message.deleteMany({ where: { conversation: { psid: userId } } });
    const conversations = await tx.conversation.deleteMany({ where: { psid: userId } });
    return tx.dataDeletionRequest.create({
      data: {
        confirmationCode: newConfirmationCode(),
        // Only a hash: keeping the id would keep a trace of the person whose data was deleted.
        userIdHash: createHash('sha256').update(userId).digest('hex'),
        status: 'completed',
        conversationsDeleted: conversations.count,
        messagesDeleted: messages.count,
        requestedAt,
        completedAt: new Date(),
      },
    });
  });
}

// The column compares case-insensitively (utf8mb4_unicode_ci), so codes use
// one case; no 0/o/1/l, for people who read a code out to support. 32
// symbols take 5 bits of a random byte each, without bias.
const CODE_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
// 80 bits: not guessable, and a collision is too unlikely to retry for.
const CODE_LENGTH = 16;

function newConfirmationCode(): string {
  return Array.from(randomBytes(CODE_LENGTH), (byte) => CODE_ALPHABET[byte & 31]).join('');
}

/** A browser never asks for JSON, so its mention alone is enough to tell the clients apart. */
function wantsJson(accept: string | undefined): boolean {
  return /\bapplication\/json\b/i.test(accept ?? '');
}

// Citizens are in Kenya: dates in East Africa Time.
const DATE_FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Africa/Nairobi' });

function timeHtml(date: Date): string {
  return `<time datetime="${date.toISOString()}">${escapeHtml(DATE_FORMAT.format(date))} (East Africa Time)</time>`;
}

function statusHtml(record: DeletionRecord): string {
  const done = record.status === 'completed';
  const rows: Array<[string, string]> = [
    ['Status', escapeHtml(record.status)],
    ['Requested', timeHtml(record.requestedAt)],
    ...(record.completedAt ? [['Completed', timeHtml(record.completedAt)] as [string, string]] : []),
    ['Conversations deleted', String(record.conversationsDeleted)],
    ['Messages deleted', String(record.messagesDeleted)],
    ['Confirmation code', `<code>${escapeHtml(record.confirmationCode)}</code>`],
  ];
  return [
    `<p>${done ? 'Your request to delete your data from the eCitizen Messenger assistant is complete: any conversations you had with it, and their messages, have been deleted.' : 'Your request to delete your data from the eCitizen Messenger assistant has been received and is being processed.'}</p>`,
    `<dl>${rows.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('')}</dl>`,
  ].join('\n');
}

const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · eCitizen Messenger assistant</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dt{font-weight:600}dd{margin:0 0 .5rem}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

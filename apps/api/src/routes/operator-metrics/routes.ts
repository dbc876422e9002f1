import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Prisma } from '@ecitizen/db';
import { ANSWERABLE_KINDS } from '@ecitizen/messenger';
import { dateRange, DateRangeQuery, daysOf, percentile, RangeAndLimit, type DateRange } from './date-range.ts';

const ErrorBody = Type.Union([Type.Object({ status_code: Type.Integer(), message: Type.String() }), Type.Object({ msg: Type.String() })]);
const Range = { from: Type.String(), to: Type.String() };
const DayCounts = Type.Object({ status_code: Type.Integer(), ...Range, days: Type.Array(Type.Object({ date: Type.String(), count: Type.Integer() })) });


/**
 * The operators' figures, as JSON a chart takes directly: one entry per day
 * of the range (zeros included), dates in UTC. Agents and admins.
 */
export const operatorMetricsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const readers = app.requireToken('access');
  const perDay = async (range: DateRange, rows: Array<{ day: string; n: bigint | number }>) => {
    const counts = new Map(rows.map((row) => [String(row.day).slice(0, 10), Number(row.n)]));
    return { status_code: 200, from: range.from, to: range.to, days: daysOf(range).map((date) => ({ date, count: counts.get(date) ?? 0 })) };
  };

  app.get('/metrics/messages_per_day', { schema: { querystring: DateRangeQuery, response: { 200: DayCounts, '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const range = dateRange(request.query);
    if (typeof range === 'string') return reply.code(400).send({ status_code: 400, message: range });
    return perDay(range, await app.db.$queryRaw`
      SELECT DATE_FORMAT(created_at, '%Y-%m-%d') AS day, COUNT(*) AS n FROM messages
      WHERE direction = 'inbound' AND kind IN (${Prisma.join(ANSWERABLE_KINDS)}) AND created_at >= ${range.start} AND created_at < ${range.end}
      GROUP BY day`);
  });

  app.get('/metrics/responses_per_day', { schema: { querystring: DateRangeQuery, response: { 200: DayCounts, '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const range = dateRange(request.query);
    if (typeof range === 'string') return reply.code(400).send({ status_code: 400, message: range });
    return perDay(range, await app.db.$queryRaw`
      SELECT DATE_FORMAT(sent_at, '%Y-%m-%d') AS day, COUNT(*) AS n FROM messages
      WHERE direction = 'outbound' AND status = 'sent' AND sent_at >= ${range.start} AND sent_at < ${range.end}
      GROUP BY day`);
  });

  const Percentiles = Type.Object({ date: Type.String(), turns: Type.Integer(), p50_ms: Type.Union([Type.Integer(), Type.Null()]), p90_ms: Type.Union([Type.Integer(), Type.Null()]), p99_ms: Type.Union([Type.Integer(), Type.Null()]) });
  app.get('/metrics/response_time', { schema: { querystring: DateRangeQuery, response: { 200: Type.Object({ status_code: Type.Integer(), ...Range, days: Type.Array(Percentiles) }), '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const range = dateRange(request.query);
    if (typeof range === 'string') return reply.code(400).send({ status_code: 400, message: range });
    // From the first message of a turn reaching the api to the last part of its reply accepted by Meta.
    const rows = await app.db.$queryRaw<Array<{ day: string; latency: number }>>`
      SELECT DATE_FORMAT(received_at, '%Y-%m-%d') AS day, latency_ms AS latency FROM turns
      WHERE status = 'answered' AND latency_ms IS NOT NULL AND received_at >= ${range.start} AND received_at < ${range.end}`;
    const byDay = new Map<string, number[]>();
    for (const row of rows) {
      const list = byDay.get(String(row.day)) ?? [];
      list.push(Number(row.latency));
      byDay.set(String(row.day), list);
    }
    return {
      status_code: 200, from: range.from, to: range.to,
      days: daysOf(range).map((date) => {
        const sorted = (byDay.get(date) ?? []).sort((a, b) => a - b);
        return { date, turns: sorted.length, p50_ms: percentile(sorted, 50), p90_ms: percentile(sorted, 90), p99_ms: percentile(sorted, 99) };
      }),
    };
  });

  const Question = Type.Object({ key: Type.String(), title: Type.String(), url: Type.Union([Type.String(), Type.Null()]), count: Type.Integer(), example: Type.Union([Type.String(), Type.Null()]) });
  app.get('/metrics/most_frequent_questions', { schema: { querystring: RangeAndLimit, response: { 200: Type.Object({ status_code: Type.Integer(), ...Range, questions: Type.Array(Question) }), '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const range = dateRange(request.query);
    if (typeof range === 'string') return reply.code(400).send({ status_code: 400, message: range });
    const limit = request.query.limit ?? 10;
    // Grouped by meaning: the knowledge entry each answer rested on, however the citizen worded it.
    const rows = await app.db.$queryRaw<Array<{ matched_key: string; n: bigint; example: string | null }>>`
      SELECT t.matched_key, COUNT(*) AS n,
        (SELECT m.text FROM messages m WHERE m.turn_id = MIN(t.id) AND m.direction = 'inbound' ORDER BY m.id LIMIT 1) AS example
      FROM turns t
      WHERE t.matched_key IS NOT NULL AND t.received_at >= ${range.start} AND t.received_at < ${range.end}
      GROUP BY t.matched_key ORDER BY n DESC, t.matched_key LIMIT ${limit}`;
    const knowledge = await app.knowledge();
    return {
      status_code: 200, from: range.from, to: range.to,
      questions: rows.map((row) => {
        const [kind, externalId] = row.matched_key.split(':') as [string, string];
        const entry = knowledge.get(kind as never, externalId);
        return { key: row.matched_key, title: entry?.title ?? row.matched_key, url: entry?.url ?? null, count: Number(row.n), example: row.example };
      }),
    };
  });

  const Unanswered = Type.Object({ text: Type.String(), count: Type.Integer(), reason: Type.String(), last_asked: Type.String(), conversation_id: Type.Integer() });
  app.get('/metrics/unanswered_questions', { schema: { querystring: RangeAndLimit, response: { 200: Type.Object({ status_code: Type.Integer(), ...Range, questions: Type.Array(Unanswered) }), '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const range = dateRange(request.query);
    if (typeof range === 'string') return reply.code(400).send({ status_code: 400, message: range });
    const limit = request.query.limit ?? 10;
    // Where search found nothing good, or the citizen asked for (or was passed to) a person.
    const rows = await app.db.$queryRaw<Array<{ text: string; n: bigint; reason: string; last_asked: Date; conversation_id: number }>>`
      SELECT LOWER(TRIM(m.text)) AS text, COUNT(*) AS n, MAX(t.outcome) AS reason, MAX(t.received_at) AS last_asked, MAX(t.conversation_id) AS conversation_id
      FROM turns t JOIN messages m ON m.turn_id = t.id AND m.direction = 'inbound' AND m.text IS NOT NULL
      WHERE t.outcome IN ('no_match', 'handover') AND t.received_at >= ${range.start} AND t.received_at < ${range.end}
      GROUP BY LOWER(TRIM(m.text)) ORDER BY n DESC, last_asked DESC LIMIT ${limit}`;
    return {
      status_code: 200, from: range.from, to: range.to,
      questions: rows.map((row) => ({ text: row.text, count: Number(row.n), reason: row.reason, last_asked: new Date(row.last_asked).toISOString(), conversation_id: Number(row.conversation_id) })),
    };
  });

  const Engagement = Type.Object({ date: Type.String(), active_citizens: Type.Integer(), messages: Type.Integer(), messages_per_conversation: Type.Number() });
  app.get('/metrics/engagement', { schema: { querystring: DateRangeQuery, response: { 200: Type.Object({ status_code: Type.Integer(), ...Range, days: Type.Array(Engagement) }), '4xx': ErrorBody } }, preHandler: readers }, async (request, reply) => {
    const range = dateRange(request.query);
    if (typeof range === 'string') return reply.code(400).send({ status_code: 400, message: range });
    const rows = await app.db.$queryRaw<Array<{ day: string; citizens: bigint; n: bigint }>>`
      SELECT DATE_FORMAT(created_at, '%Y-%m-%d') AS day, COUNT(DISTINCT conversation_id) AS citizens, COUNT(*) AS n FROM messages
      WHERE direction = 'inbound' AND kind IN (${Prisma.join(ANSWERABLE_KINDS)}) AND created_at >= ${range.start} AND created_at < ${range.end}
      GROUP BY day`;
    const byDay = new Map(rows.map((row) => [String(row.day), row]));
    return {
      status_code: 200, from: range.from, to: range.to,
      days: daysOf(range).map((date) => {
        const row = byDay.get(date);
        const citizens = Number(row?.citizens ?? 0);
        const messages = Number(row?.n ?? 0);
        return { date, active_citizens: citizens, messages, messages_per_conversation: citizens === 0 ? 0 : Math.round((messages / citizens) * 100) / 100 };
      }),
    };
  });
};

import type { Logger } from 'pino';
import type { Database, Prisma } from '@ecitizen/db';

/**
 * Records a condition an operator must act on (shown to them) and logs it at
 * error level with `alert: true`, the field log-based alerting keys on. One
 * open alert per kind: repeats do not pile up.
 */
export async function raiseAlert(db: Database, log: Logger, kind: string, message: string, details?: Prisma.InputJsonValue): Promise<void> {
  log.error({ alert: true, kind, details }, message);
  const open = await db.alert.findFirst({ where: { kind, resolvedAt: null }, select: { id: true } });
  if (!open) await db.alert.create({ data: { kind, message, ...(details === undefined ? {} : { details }) } });
}

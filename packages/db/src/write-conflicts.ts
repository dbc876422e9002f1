import { Prisma } from './generated/prisma/client.ts';

const ATTEMPTS = 4;

/** InnoDB picked this transaction as a deadlock victim (or it hit a write conflict): it rolled back and may simply run again. */
export function isWriteConflict(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2034';
}

/**
 * Runs a short transaction again when InnoDB rolls it back for a deadlock, as
 * MySQL's manual advises: two writers touching the same conversation in
 * different orders (a new message and the end of a turn) are normal here, and
 * a rerun of the whole job for it would delay and reorder a citizen's messages.
 */
export async function retryOnWriteConflict<T>(transaction: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 10));
    }
  }
}

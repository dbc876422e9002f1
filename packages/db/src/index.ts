export { createPrismaClient } from './client.ts';
export { verifyConnection } from './verify-connection.ts';
export { isWriteConflict, retryOnWriteConflict } from './write-conflicts.ts';
export type { Database } from './client.ts';
export { databaseName, withDatabase, poolConfigFromUrl } from './database-url.ts';
export { migrate, MIGRATIONS_DIR } from './migrate.ts';
export type { MigrateResult } from './migrate.ts';
export { Prisma, UserRole, ConversationControl, MessageDirection, MessageStatus, TurnStatus } from './generated/prisma/client.ts';
export type { User, TokenFamily, RevokedToken, Conversation, Message, Turn, WebhookEvent, Alert, KnowledgeArticle, KbService, KbAgency, KbFaq } from './generated/prisma/client.ts';

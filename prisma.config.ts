// Prisma 7 reads connection URLs from here, not from the schema, and does not
// load .env by itself. Only the CLI uses this file (the apps build their client
// from DATABASE_URL through @ecitizen/db).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/ecitizen_chatbot',
  },
});

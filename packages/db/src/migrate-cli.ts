#!/usr/bin/env -S node --import tsx
// `pnpm db:migrate`: create the database if needed and apply pending migrations.
import { DEFAULT_DATABASE_URL } from '@ecitizen/config';
import { migrate } from './migrate.ts';

try {
  // Only DATABASE_URL matters here; the rest of the configuration is the apps' business.
  const databaseUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  const result = await migrate(databaseUrl, { log: (line) => console.log(`[migrate] ${line}`) });
  console.log(
    `[migrate] database ${result.database}: ${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already up to date`,
  );
} catch (error) {
  console.error(`[migrate] ${(error as Error).message}`);
  process.exit(1);
}

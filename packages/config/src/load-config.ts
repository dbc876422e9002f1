import { randomBytes } from 'node:crypto';
import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL } from './defaults.ts';
import { EnvReader } from './env-reader.ts';
import { parseSupportHours, type SupportHours } from './support-hours.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

export interface Config {
  nodeEnv: (typeof NODE_ENVS)[number];
  host: string;
  port: number;
  /**
   * The api's public base URL (no trailing slash), for links handed to
   * people and to Meta, such as the data deletion status page.
   */
  publicUrl: string;
  /** The worker's health endpoints (/healthz, /readyz). */
  workerHealthPort: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key this deployment writes, so several can share one Redis. */
  redisPrefix: string;
  jwtSecret: string;
  /** Seconds. */
  accessTokenTtl: number;
  /** Seconds: the absolute lifetime of a login; rotation does not extend it. */
  refreshTokenTtl: number;
  logLevel: (typeof LOG_LEVELS)[number];
  trustProxy: boolean;
  loginRateLimit: { perIp: number; perAccount: number; windowSeconds: number };
  messenger: {
    /** The token Meta echoes in the webhook subscription handshake. */
    verifyToken: string;
    /** Signs webhook deliveries (X-Hub-Signature-256) and data-deletion requests. */
    appSecret: string;
    /** This app's id, to recognise the echoes of its own sends. */
    appId: string;
    pageAccessToken: string;
    /** https://graph.facebook.com, or an emulator in tests. */
    graphApiUrl: string;
    graphApiVersion: string;
  };
  worker: {
    /** Turns answered at once by one worker process (different citizens). */
    concurrency: number;
    /** Messages from one citizen within this window are answered as one turn. */
    turnDebounceMs: number;
    /** Ceiling of replies a second across all workers (BullMQ limiter). */
    sendRatePerSecond: number;
    /** Meta wants an answer within 30 s: past this, a short holding message goes first. */
    holdingMessageAfterMs: number;
    /** typing_on lasts 20 s at Meta: repeat it this often while answering. */
    typingRefreshMs: number;
    /**
     * BullMQ job lock and stalled-check period: how soon a job of a worker
     * that died is taken up again by another.
     */
    lockDurationMs: number;
  };
  knowledge: {
    /** How often each process looks for a new import or changed articles. */
    refreshMs: number;
  };
  /** Conversations with no activity for this many days are deleted (Kenya's Data Protection Act: keep no longer than needed). */
  retentionDays: number;
  /**
   * The language model. Without an API key the embedded answerer composes
   * replies from search results alone (the default).
   */
  model: ModelSettings;
  handover: {
    /** Who gets the thread when a citizen asks for a person: Meta's Page Inbox app by default. */
    targetAppId: string;
    /** A person has this long to answer; then the bot takes the conversation back. */
    timeoutMinutes: number;
    /** Turns in a row without a good answer before the bot offers a person. */
    unansweredLimit: number;
    supportHours: SupportHours;
  };
  /** Things worth a log line at start-up (e.g. a generated development secret). */
  warnings: string[];
}


/** The language model and, when a model is named for them, embeddings. */
export interface ModelSettings {
  apiKey: string;
  /** Any OpenAI-compatible server; the SDK's default (OpenAI) when unset. */
  baseUrl: string | undefined;
  model: string;
  /**
   * Embeddings for a semantic signal beside the lexical search: computed at
   * import, kept in MySQL. '' (the default) or no API key: none.
   */
  embeddingModel: string;
  timeoutMs: number;
  maxRetries: number;
}

/**
 * Only the model settings (OPENAI_*), for commands that need nothing else,
 * such as the knowledge import. Throws ConfigError naming every problem.
 */
export function loadModelSettings(env: NodeJS.ProcessEnv = process.env): ModelSettings {
  const read = new EnvReader(env);
  const settings = readModelSettings(read);
  read.throwIfInvalid();
  return settings;
}

function readModelSettings(read: EnvReader): ModelSettings {
  return {
    apiKey: read.string('OPENAI_API_KEY', ''),
    baseUrl: read.string('OPENAI_BASE_URL', '') === '' ? undefined : read.url('OPENAI_BASE_URL', ['https:', 'http:'], ''),
    model: read.string('OPENAI_MODEL', 'gpt-4o-mini'),
    embeddingModel: read.string('OPENAI_EMBEDDING_MODEL', ''),
    timeoutMs: read.integer('OPENAI_TIMEOUT_MS', 12_000, { min: 100, max: 120_000 }),
    maxRetries: read.integer('OPENAI_MAX_RETRIES', 1, { min: 0, max: 5 }),
  };
}

/**
 * Reads and validates the environment once. Every problem is reported at
 * once, each naming its variable, so a deployment fails fast and clearly.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { service?: 'api' | 'worker' } = {}): Config {
  // Only the api signs tokens; the worker must not need the secret to start.
  const needsJwtSecret = (options.service ?? 'api') === 'api';
  const read = new EnvReader(env);
  const warnings: string[] = [];

  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');
  const databaseUrl = read.url('DATABASE_URL', ['mysql:', 'mariadb:'], DEFAULT_DATABASE_URL);
  const redisUrl = read.url('REDIS_URL', ['redis:', 'rediss:'], DEFAULT_REDIS_URL);

  // Meta credentials: required in production by the process that uses them,
  // a fixed development value elsewhere (matching the emulator's defaults).
  const secret = (name: string, development: string, needed: boolean): string => {
    const value = read.string(name, '');
    if (value !== '') return value;
    if (nodeEnv === 'production' && needed) read.problem(`${name} is required when NODE_ENV=production (from the Meta app's settings)`);
    return development;
  };

  let jwtSecret = read.string('JWT_SECRET', '');
  if (jwtSecret === '' && needsJwtSecret) {
    if (nodeEnv === 'production') {
      read.problem('JWT_SECRET is required when NODE_ENV=production (at least 32 random characters, e.g. `openssl rand -hex 32`)');
    } else {
      jwtSecret = randomBytes(32).toString('hex');
      warnings.push('JWT_SECRET is not set: using a random secret for this process only; tokens will not survive a restart or work across processes');
    }
  } else if (jwtSecret !== '' && jwtSecret.length < 32) {
    read.problem('JWT_SECRET must be at least 32 characters long (HS256 needs a key of 256 bits)');
  }

  const host = read.string('HOST', '127.0.0.1');
  const port = read.integer('PORT', 3000, { min: 0, max: 65535 });
  const publicUrl = readPublicUrl(read);
  if (publicUrl === undefined && nodeEnv === 'production' && needsJwtSecret) {
    warnings.push(`PUBLIC_URL is not set: links given to Meta and to people (the data deletion status page) start with ${listeningUrl(host, port)}, which they may not reach`);
  }

  const config: Config = {
    nodeEnv,
    host,
    port,
    publicUrl: publicUrl ?? listeningUrl(host, port),
    workerHealthPort: read.integer('WORKER_HEALTH_PORT', 3001, { min: 0, max: 65535 }),
    databaseUrl,
    redisUrl,
    redisPrefix: read.string('REDIS_PREFIX', 'ecitizen:'),
    jwtSecret,
    accessTokenTtl: read.integer('ACCESS_TOKEN_TTL', 900, { min: 1 }),
    refreshTokenTtl: read.integer('REFRESH_TOKEN_TTL', 30 * 24 * 3600, { min: 1 }),
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    trustProxy: read.boolean('TRUST_PROXY', false),
    loginRateLimit: {
      perIp: read.integer('LOGIN_RATE_LIMIT_PER_IP', 30, { min: 1 }),
      perAccount: read.integer('LOGIN_RATE_LIMIT_PER_ACCOUNT', 10, { min: 1 }),
      windowSeconds: read.integer('LOGIN_RATE_LIMIT_WINDOW', 900, { min: 1 }),
    },
    messenger: {
      verifyToken: secret('FB_VERIFY_TOKEN', 'ecitizen-dev-verify-token', options.service !== 'worker'),
      appSecret: secret('FB_APP_SECRET', 'ecitizen-dev-app-secret', options.service !== 'worker'),
      appId: read.string('FB_APP_ID', ''),
      pageAccessToken: secret('FB_PAGE_ACCESS_TOKEN', 'test-page-token', options.service === 'worker'),
      graphApiUrl: read.url('GRAPH_API_URL', ['https:', 'http:'], 'https://graph.facebook.com').replace(/\/+$/, ''),
      graphApiVersion: read.string('GRAPH_API_VERSION', 'v23.0'),
    },
    worker: {
      concurrency: read.integer('WORKER_CONCURRENCY', 50, { min: 1, max: 1000 }),
      turnDebounceMs: read.integer('TURN_DEBOUNCE_MS', 1500, { min: 0, max: 60_000 }),
      sendRatePerSecond: read.integer('SEND_RATE_LIMIT_PER_SECOND', 250, { min: 1 }),
      holdingMessageAfterMs: read.integer('HOLDING_MESSAGE_AFTER_MS', 20_000, { min: 1000 }),
      typingRefreshMs: read.integer('TYPING_REFRESH_MS', 15_000, { min: 1000, max: 19_000 }),
      lockDurationMs: read.integer('WORKER_LOCK_DURATION_MS', 30_000, { min: 1000 }),
    },
    knowledge: {
      refreshMs: read.integer('KNOWLEDGE_REFRESH_MS', 5000, { min: 0 }),
    },
    retentionDays: read.integer('RETENTION_DAYS', 90, { min: 1, max: 3650 }),
    model: readModelSettings(read),
    handover: {
      targetAppId: read.string('HANDOVER_TARGET_APP_ID', '263902037430900'),
      timeoutMinutes: read.integer('HANDOVER_TIMEOUT_MINUTES', 240, { min: 1 }),
      unansweredLimit: read.integer('HANDOVER_AFTER_UNANSWERED', 2, { min: 1, max: 10 }),
      supportHours: readSupportHours(read),
    },
    warnings,
  };
  read.throwIfInvalid();
  return config;
}

function readSupportHours(read: EnvReader): SupportHours {
  const fallback = 'Mon-Fri 08:00-17:00';
  const parsed = parseSupportHours(read.string('SUPPORT_HOURS', fallback), read.string('SUPPORT_TIME_ZONE', 'Africa/Nairobi'));
  if (typeof parsed === 'string') {
    read.problem(`SUPPORT_HOURS / SUPPORT_TIME_ZONE: ${parsed}`);
    return parseSupportHours(fallback, 'Africa/Nairobi') as SupportHours;
  }
  return parsed;
}

/** PUBLIC_URL as a base to append paths to (no trailing slash), or undefined when unset. */
function readPublicUrl(read: EnvReader): string | undefined {
  if (read.string('PUBLIC_URL', '') === '') return undefined;
  const example = 'https://bot.example.go.ke';
  const value = read.url('PUBLIC_URL', ['https:', 'http:'], example);
  const parsed = new URL(value);
  if (parsed.search !== '' || parsed.hash !== '') {
    read.problem(`PUBLIC_URL must be a base address without ?query or #fragment (e.g. ${example}), got "${value}"`);
  }
  return parsed.href.replace(/\/+$/, '');
}

function listeningUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

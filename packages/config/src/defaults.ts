/** Local MySQL and Redis as a developer machine runs them. */
export const DEFAULT_DATABASE_URL = 'mysql://root@127.0.0.1:3306/ecitizen_chatbot';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

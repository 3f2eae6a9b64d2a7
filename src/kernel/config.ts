/** Settings from the environment, read once at start. */
import { resolve } from 'node:path';

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demoPassword: string;
  /** Load the demo data when the database is empty. */
  loadDemo: boolean;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginRateLimitPerMinute: number;
  lockoutThreshold: number;
  lockoutMinutes: number;
  logLevel: string;
  /** Where notifications are mailed from; null sends none (站内通知 only). */
  smtp: SmtpConfig | null;
  /** The address people reach the app at (https://ftz.example.gov.cn): mails link there; null leaves links relative. */
  publicUrl: string | null;
};

/**
 * An SMTP server: `url` as nodemailer reads it (smtp://user:pass@host:587, smtps://… for implicit
 * TLS), `from` the sender shown to the reader.
 */
export type SmtpConfig = { url: string; from: string };
export const DEFAULT_MAIL_FROM = '雁阵 Yanzhen <noreply@localhost>';

export const DEFAULT_DEMO_PASSWORD = 'Yanzhen@2026';

function intFrom(value: string | undefined, fallback: number): number {
  const parsed = Number.parseInt(value ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  const demoFlag = argv.includes('--demo') || env.YANZHEN_DEMO === '1';
  const noDemoFlag = argv.includes('--no-demo') || env.YANZHEN_DEMO === '0';
  return {
    port: intFrom(env.PORT, 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.YANZHEN_DATA_DIR ?? './data'),
    databaseUrl,
    demoPassword: env.YANZHEN_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    // Demo data by default only on the embedded database: a server database is someone's real one.
    loadDemo: noDemoFlag ? false : demoFlag || !databaseUrl,
    secureCookies: env.YANZHEN_SECURE_COOKIES === '1',
    sessionIdleMinutes: intFrom(env.YANZHEN_SESSION_IDLE_MINUTES, 30),
    sessionMaxHours: intFrom(env.YANZHEN_SESSION_MAX_HOURS, 12),
    loginRateLimitPerMinute: intFrom(env.YANZHEN_LOGIN_RATE_LIMIT, 10),
    lockoutThreshold: intFrom(env.YANZHEN_LOCKOUT_THRESHOLD, 5),
    lockoutMinutes: intFrom(env.YANZHEN_LOCKOUT_MINUTES, 15),
    // LOG_LEVEL is the older name, still read when YANZHEN_LOG_LEVEL is not set.
    logLevel: env.YANZHEN_LOG_LEVEL || env.LOG_LEVEL || 'info',
    publicUrl: env.YANZHEN_PUBLIC_URL || null,
    smtp: env.YANZHEN_SMTP_URL ? { url: env.YANZHEN_SMTP_URL, from: env.YANZHEN_MAIL_FROM || DEFAULT_MAIL_FROM } : null,
  };
}

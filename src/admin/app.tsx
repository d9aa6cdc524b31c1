import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import type { AuditCounters } from '../audit/log.js';
import type { KeyStore } from '../auth/key-store.js';
import type { PolicyConfig } from '../config/schema.js';
import { describePolicy } from '../policy/describe.js';
import type { Db } from '../store/db.js';
import { apiRoutes } from './api.js';
import { LoginPage } from './pages/login.js';
import { pageRoutes } from './pages.js';
import { type AdminSession, adminDashboardNotice, SESSION_MAX_AGE_S, SessionStore, sameSecret } from './session.js';
import { ADMIN_CSS } from './style.js';

export { adminDashboardNotice } from './session.js';

export interface AdminDeps {
  db: Db;
  keys: KeyStore;
  policies: ReadonlyMap<string, PolicyConfig>;
  /** The gateway's readiness: ready, and per check "ok" or what is wrong (upstreams, local model, audit). */
  health: () => { ready: boolean; checks: Record<string, string> };
  /** VEIL_ADMIN_TOKEN; when unset or too short every /admin route answers 404 (see adminDashboardNotice). */
  adminToken: string | undefined;
  /** The audit log, for its lag and counters on the health page. */
  audit?: { lagMs(): number; counters(): AuditCounters; failure(): string | undefined };
  /** Where the app is mounted; links and the cookie path use it. */
  basePath?: string;
  describePolicy?: (policy: PolicyConfig) => string[];
}

export interface AdminEnv {
  Variables: { session: AdminSession | undefined; sessionId: string | undefined };
}

export interface AdminContext {
  deps: AdminDeps;
  base: string;
  sessions: SessionStore;
  describe: (policy: PolicyConfig) => string[];
}

const COOKIE = 'veil_admin';

/**
 * The security team's dashboard and admin API, mounted by the gateway with app.route('/admin', ...). Pages are
 * rendered on the server with no script at all, so the CSP can forbid every script and inline style. Every
 * change is a form POST that must pass hono/csrf (Origin / Sec-Fetch-Site) and carry the session's token.
 */
export function createAdminApp(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const notice = adminDashboardNotice(deps.adminToken);
  if (notice !== undefined) {
    app.all('*', (c) => c.text('admin dashboard is off', 404));
    return app;
  }
  const token = deps.adminToken as string;
  const base = deps.basePath ?? '/admin';
  const ctx: AdminContext = {
    deps,
    base,
    sessions: new SessionStore(),
    describe: deps.describePolicy ?? describePolicy,
  };

  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.use(async function noStore(c, next) {
    await next();
    if (!c.req.path.includes('/static/')) c.header('Cache-Control', 'no-store');
  });
  app.use(async function withoutTrailingSlash(c, next) {
    // The overview lives at /admin; /admin/ would otherwise be a 404 under Hono's strict routing.
    if (c.req.path === `${base}/` && c.req.method === 'GET') return c.redirect(base, 301);
    return next();
  });
  app.use(csrf());
  app.use(async function loadSession(c, next) {
    const id = getCookie(c, COOKIE);
    c.set('sessionId', id);
    c.set('session', ctx.sessions.get(id));
    await next();
  });

  app.get('/static/admin.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(ADMIN_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  app.get('/login', (c) => {
    if (c.get('session')) return c.redirect(base, 303);
    return c.html(<LoginPage base={base} />);
  });

  app.post('/login', async (c) => {
    if (!ctx.sessions.loginAllowed()) {
      return c.html(<LoginPage base={base} error="Too many failed attempts; wait a minute." />, 429);
    }
    const form = await c.req.parseBody();
    const given = typeof form.token === 'string' ? form.token : '';
    if (!sameSecret(given, token)) {
      ctx.sessions.recordFailure();
      return c.html(<LoginPage base={base} error="Wrong token." />, 401);
    }
    const { id } = ctx.sessions.create();
    setCookie(c, COOKIE, id, {
      path: base,
      httpOnly: true,
      sameSite: 'Strict',
      secure: isHttps(c.req.url, c.req.header('x-forwarded-proto')),
      maxAge: SESSION_MAX_AGE_S,
    });
    return c.redirect(base, 303);
  });

  // Everything below needs a session (pages) or a session / the admin token as a bearer (API).
  app.use(async function requireLogin(c, next) {
    if (c.get('session')) return next();
    const bearer = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
    if (c.req.path.startsWith(`${base}/api/`)) {
      if (bearer !== undefined && sameSecret(bearer, token)) return next();
      return c.json({ error: 'unauthorized: log in or send Authorization: Bearer <VEIL_ADMIN_TOKEN>' }, 401);
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return c.text('log in first', 401);
    return c.redirect(`${base}/login`, 302);
  });

  // A change needs the session's CSRF token besides passing hono/csrf: two independent defences.
  app.use(async function requireCsrfToken(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const session = c.get('session');
    const form = await c.req.parseBody();
    const given = typeof form.csrf === 'string' ? form.csrf : '';
    if (!session || !sameSecret(given, session.csrfToken)) return c.text('missing or wrong CSRF token', 403);
    return next();
  });

  app.post('/logout', (c) => {
    ctx.sessions.destroy(c.get('sessionId'));
    deleteCookie(c, COOKIE, { path: base });
    return c.redirect(`${base}/login`, 303);
  });

  app.route('/api', apiRoutes(ctx));
  app.route('/', pageRoutes(ctx));
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    // The message may come from a library; the page says only that something failed.
    console.error(`admin: ${err.name}`);
    return c.text('internal error', 500);
  });
  return app;
}

function isHttps(url: string, forwardedProto: string | undefined): boolean {
  return url.startsWith('https:') || forwardedProto?.split(',')[0]?.trim() === 'https';
}
